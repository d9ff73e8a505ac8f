using System.Net;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Data.Accounts;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;
using PerfTargets.Web.Viewing;

namespace PerfTargets.Web.Tests.Api;

/// <summary>
/// An access token is looked up in the database at most every <c>Security:AccountRecheckSeconds</c>
/// (30), and at once when this application revokes it or changes its account; its last use is
/// written at most once a minute, not on the call.
/// </summary>
public class TokenRecheckTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    /// <summary>A call that reads nothing from the database itself: what it costs is the sign-in's.</summary>
    private const string NeedsNoData = "/api/v1/antiforgery";

    private static readonly string Filer = DemoAccounts.Filers["224002"].UserName;

    [Fact]
    public async Task A_second_call_with_the_same_token_sends_no_sql()
    {
        var sql = new SqlCommands();
        await using var app = new PerfTargetsApp(await databases.DemoAsync(DatabaseProvider.Sqlite)) { SqlCommands = sql };
        var client = await app.TokenClientAsync(Filer);

        (await client.GetAsync(NeedsNoData)).StatusCode.ShouldBe(HttpStatusCode.OK);
        sql.For(NeedsNoData).ShouldNotBeEmpty();
        sql.Clear();
        (await client.GetAsync(NeedsNoData)).StatusCode.ShouldBe(HttpStatusCode.OK);

        sql.For(NeedsNoData).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_last_use_is_not_written_on_the_call_and_the_tokens_page_shows_it_exactly()
    {
        var clock = new ShiftableClock();
        await using var app = new PerfTargetsApp(await databases.DemoAsync(DatabaseProvider.Sqlite)) { Clock = clock };
        var client = await app.TokenClientAsync(Filer);
        (await client.GetAsync(NeedsNoData)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var first = await LastUseAsync(app);
        first.ShouldNotBeNull("the first use is written at once");

        clock.Advance(TimeSpan.FromMinutes(2));
        var before = clock.GetUtcNow();
        (await client.GetAsync(NeedsNoData)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = clock.GetUtcNow();
        (await LastUseAsync(app)).ShouldBe(first);

        var page = await (await app.AdminAsync()).GetStringAsync("/admin/tokens");
        var shown = (await LastUseAsync(app)).ShouldNotBeNull();
        shown.ShouldBeInRange(before, after);
        page.ShouldContain(ChinaTime.Format(shown.UtcDateTime));
    }

    [Fact]
    public async Task Uses_not_yet_written_are_written_when_the_application_stops()
    {
        var clock = new ShiftableClock();
        var database = await databases.DemoAsync(DatabaseProvider.Sqlite);
        DateTimeOffset before;
        await using (var app = new PerfTargetsApp(database) { Clock = clock })
        {
            var client = await app.TokenClientAsync(Filer);
            (await client.GetAsync(NeedsNoData)).StatusCode.ShouldBe(HttpStatusCode.OK);
            clock.Advance(TimeSpan.FromSeconds(10));
            before = clock.GetUtcNow();
            (await client.GetAsync(NeedsNoData)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        await using var db = database.Settings.CreateContext();
        (await db.Set<AccessToken>().SingleAsync()).LastUsedAt.ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(before);
    }

    [Fact]
    public async Task Disabling_the_account_here_stops_its_token_at_once_and_a_change_made_elsewhere_at_the_next_recheck()
    {
        var clock = new ShiftableClock();
        await using var app = new PerfTargetsApp(await databases.DemoAsync(DatabaseProvider.Sqlite)) { Clock = clock };
        var client = await app.TokenClientAsync(Filer);
        (await client.GetAsync(NeedsNoData)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var admin = await app.AdminAsync();
        var id = await app.QueryAsync(db => db.Users.Where(u => u.UserName == Filer).Select(u => u.Id).SingleAsync());
        var toggle = $"main form[action*='handler=Disable'][action*='id={id}']";

        (await (await PageForm.LoadAsync(admin, "/admin/users", toggle)).PostAsync()).EnsureSuccessStatusCode();
        (await client.GetAsync(NeedsNoData)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await (await PageForm.LoadAsync(admin, "/admin/users", toggle)).PostAsync()).EnsureSuccessStatusCode();
        (await client.GetAsync(NeedsNoData)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // As another instance of the application on the same database, or SQL by hand, would disable it.
        await app.QueryAsync(db => db.Users.Where(u => u.UserName == Filer).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsDisabled, true)));
        clock.Advance(TimeSpan.FromSeconds(31));

        (await client.GetAsync(NeedsNoData)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private static Task<DateTimeOffset?> LastUseAsync(PerfTargetsApp app) =>
        app.QueryAsync(db => db.Set<AccessToken>().Select(t => t.LastUsedAt).SingleAsync());
}
