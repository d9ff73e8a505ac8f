using Microsoft.EntityFrameworkCore;
using PerfTargets.Data.Accounts;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;

namespace PerfTargets.Web.Tests.Pages.Account;

/// <summary>
/// A session's account is looked up in the database at most every <c>Security:AccountRecheckSeconds</c>
/// (30), and at its next request when this application changes the account.
/// </summary>
public class SessionRecheckTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    /// <summary>A page that shows the admin nothing from the database: what it costs is the session's.</summary>
    private const string NeedsNoData = "/account/password";

    [Fact]
    public async Task A_page_that_needs_no_data_sends_no_sql_until_the_session_is_due_for_its_recheck()
    {
        var clock = new ShiftableClock();
        var sql = new SqlCommands();
        await using var app = new PerfTargetsApp(await databases.DemoAsync(DatabaseProvider.Sqlite)) { Clock = clock, SqlCommands = sql };
        var admin = await app.AdminAsync();
        (await admin.GetAsync(NeedsNoData)).EnsureSuccessStatusCode();
        sql.Clear();

        (await admin.GetAsync(NeedsNoData)).EnsureSuccessStatusCode();
        sql.For(NeedsNoData).ShouldBeEmpty();

        clock.Advance(TimeSpan.FromSeconds(31));
        (await admin.GetAsync(NeedsNoData)).EnsureSuccessStatusCode();
        sql.For(NeedsNoData).ShouldNotBeEmpty("the account is looked up again");
        sql.Clear();
        (await admin.GetAsync(NeedsNoData)).EnsureSuccessStatusCode();
        sql.For(NeedsNoData).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_password_changed_in_one_session_ends_the_others_at_once()
    {
        await using var app = await databases.DemoAppAsync();
        var here = await app.SignInAsync("filer-suzhou");
        var elsewhere = await app.SignInAsync("filer-suzhou");
        (await elsewhere.GetAsync("/declarations")).RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/declarations");

        var form = await PageForm.LoadAsync(here, "/account/password");
        (await (await form.Set("Current", DemoAccounts.Password).Set("New", "宿州-绩效-2026").Set("Confirm", "宿州-绩效-2026").PostAsync()).Content.ReadAsStringAsync()).ShouldContain("密码已修改");

        (await elsewhere.GetAsync("/declarations")).RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/account/login");
        (await here.GetAsync("/declarations")).RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/declarations");
    }

    [Fact]
    public async Task A_session_whose_account_changed_elsewhere_ends_at_its_next_recheck()
    {
        var clock = new ShiftableClock();
        await using var app = new PerfTargetsApp(await databases.DemoAsync(DatabaseProvider.Sqlite)) { Clock = clock };
        var filer = await app.SignInAsync("filer-suzhou");

        // As another instance of the application on the same database would disable it.
        await app.QueryAsync(db => db.Users.Where(u => u.UserName == "filer-suzhou")
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.IsDisabled, true).SetProperty(u => u.SecurityStamp, Guid.NewGuid().ToString("N"))));
        clock.Advance(TimeSpan.FromSeconds(31));

        (await filer.GetAsync("/declarations")).RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/account/login");
    }
}
