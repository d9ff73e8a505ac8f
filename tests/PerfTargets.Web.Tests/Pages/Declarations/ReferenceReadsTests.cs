using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Review;
using PerfTargets.Data.Queries;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;

namespace PerfTargets.Web.Tests.Pages.Declarations;

/// <summary>
/// The reference data only the admin changes is read once per <see cref="RecheckSetting.ReferenceData"/> interval
/// (<see cref="ReferenceCache"/>), and a page reads no more than it shows: what the view, the editor and
/// the lists cost the database, counted, and how soon they show a change.
/// </summary>
public sealed class ReferenceReadsTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private const string Project = "网络舆情综合管理";

    private static readonly string[] CachedTables = ["\"ReviewSections\"", "\"ReviewSettings\"", "\"RuleSettingsRevisions\"", "\"PrintSettings\"", "\"BudgetYearSettings\"", "\"LibrarySettings\""];

    /// <summary>The commands a page sends when asked a second time, the first having read what it may keep.</summary>
    private static async Task<IReadOnlyList<string>> SecondRequestAsync(SqlCommands sql, HttpClient client, string page)
    {
        (await client.GetAsync(page)).EnsureSuccessStatusCode();
        sql.Clear();
        (await client.GetAsync(page)).EnsureSuccessStatusCode();
        return sql.For(page);
    }

    /// <summary>The review sections the list offers to filter by, in chain order.</summary>
    private static async Task<IReadOnlyList<string>> SectionChoicesAsync(HttpClient client) =>
        [.. Html.Parse(await client.GetStringAsync("/declarations")).QuerySelectorAll("#section option:not([value=''])").Select(o => o.TextContent)];

    private static async Task<string?> DefaultLayoutAsync(HttpClient client, int id) =>
        Html.Parse(await client.GetStringAsync($"/declarations/{id}")).QuerySelector("#print-layout option[selected]")?.GetAttribute("value");

    [Fact]
    public async Task The_view_the_editor_and_the_lists_read_no_reference_data_on_a_second_request_and_no_more_than_they_show()
    {
        var sql = new SqlCommands();
        await using var app = new PerfTargetsApp(await databases.DemoAsync(DatabaseProvider.Sqlite)) { SqlCommands = sql };
        var filer = await app.SignInAsync("filer-shanhaiguan");
        var admin = await app.AdminAsync();
        var id = await app.DeclarationIdAsync(Project);

        var view = await SecondRequestAsync(sql, filer, $"/declarations/{id}");
        var editor = await SecondRequestAsync(sql, filer, $"/declarations/{id}/edit");
        var filerList = await SecondRequestAsync(sql, filer, "/declarations");
        var adminList = await SecondRequestAsync(sql, admin, "/declarations");

        foreach (var (page, commands) in new[] { ("view", view), ("editor", editor), ("filer's list", filerList), ("admin's list", adminList) })
        {
            commands.ShouldNotContain(command => CachedTables.Any(table => command.Contains(table, StringComparison.Ordinal)), page);
        }

        // Before: 18, 8, 12 and 8 statements.
        view.Count.ShouldBeLessThanOrEqualTo(12);
        editor.Count.ShouldBeLessThanOrEqualTo(6);
        filerList.Count.ShouldBeLessThanOrEqualTo(9);
        adminList.Count.ShouldBeLessThanOrEqualTo(6);

        // No report on the declaration: nothing to read for one.
        view.ShouldNotContain(command => command.EndsWith("WHERE 0", StringComparison.Ordinal));
        // The 部门整体 years are the years the filter offers: read once.
        filerList.Count(command => command.Contains("DISTINCT \"d\".\"BudgetYear\"", StringComparison.Ordinal)).ShouldBe(1);
        // 合计 is summed by the database, not read row by row.
        foreach (var list in new[] { filerList, adminList })
        {
            list.ShouldContain(command => command.Contains("ef_sum(\"d\".\"AnnualFunding_Total\")", StringComparison.Ordinal));
            list.ShouldNotContain(command => command.StartsWith("SELECT \"d\".\"AnnualFunding_Total\" FROM", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_change_the_admin_saves_on_the_sections_the_review_settings_and_the_print_settings_pages_shows_at_the_next_request()
    {
        await using var app = await databases.DemoAppAsync();
        var admin = await app.AdminAsync();
        var filer = await app.SignInAsync("filer-shanhaiguan");
        var id = await app.DeclarationIdAsync(Project);
        (await SectionChoicesAsync(admin)).ShouldBe(["待业务股室审核", "待绩效管理股审核"]);
        (await DefaultLayoutAsync(filer, id)).ShouldBe("national");
        Html.Parse(await admin.GetStringAsync("/admin/sections")).QuerySelector($"#rule-{ResubmitRule.ResumeAtReturningSection}")!.HasAttribute("checked").ShouldBeTrue();

        var business = await app.QueryAsync(db => db.ReviewSections.Where(s => s.Name == "业务股室").Select(s => s.Id).SingleAsync());
        await (await PageForm.LoadAsync(admin, "/admin/sections", $"#section-{business} form[action*='handler=Later']")).PostAsync();
        await (await PageForm.LoadAsync(admin, "/admin/sections", "form[action*='handler=ResubmitRule']")).Set("rule", nameof(ResubmitRule.RestartChain)).PostAsync();
        await (await PageForm.LoadAsync(admin, "/admin/printing")).Set("Layout", "budget").PostAsync();

        (await SectionChoicesAsync(admin)).ShouldBe(["待绩效管理股审核", "待业务股室审核"]);
        (await DefaultLayoutAsync(filer, id)).ShouldBe("budget");
        Html.Parse(await admin.GetStringAsync("/admin/sections")).QuerySelector($"#rule-{ResubmitRule.RestartChain}")!.HasAttribute("checked").ShouldBeTrue();
    }

    [Fact]
    public async Task A_change_written_by_sql_shows_once_the_recheck_interval_has_passed_and_not_before()
    {
        var clock = new ShiftableClock();
        await using var app = new PerfTargetsApp(await databases.DemoAsync(DatabaseProvider.Sqlite)) { Clock = clock };
        var admin = await app.AdminAsync();
        (await SectionChoicesAsync(admin)).ShouldContain("待业务股室审核");

        // As another instance, or SQL by hand, would change it.
        await app.QueryAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"ReviewSections\" SET \"Name\" = '业务股' WHERE \"Name\" = '业务股室'"));
        // Half the interval: the clock runs on as the test does.
        clock.Advance(TimeSpan.FromSeconds(RecheckSetting.DefaultSeconds / 2));
        (await SectionChoicesAsync(admin)).ShouldContain("待业务股室审核");

        clock.Advance(TimeSpan.FromSeconds(RecheckSetting.DefaultSeconds / 2));
        (await SectionChoicesAsync(admin)).ShouldContain("待业务股审核");
    }

    [Fact]
    public async Task A_submission_is_routed_by_the_chain_as_stored_even_while_the_pages_still_show_the_kept_one()
    {
        await using var app = new PerfTargetsApp(await databases.DemoAsync(DatabaseProvider.Sqlite)) { Clock = new ShiftableClock() };
        var admin = await app.AdminAsync();
        (await SectionChoicesAsync(admin)).ShouldContain("待业务股室审核");

        // Another instance's admin disables 业务股室: this instance's pages may show it for a while, but no work goes there.
        await app.QueryAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"ReviewSections\" SET \"IsDisabled\" = 1 WHERE \"Name\" = '业务股室'"));
        var id = await app.DeclarationIdAsync(Project);
        (await ReviewSteps.SubmitAsync(await app.SignInAsync("filer-shanhaiguan"), id)).EnsureSuccessStatusCode();

        (await SectionChoicesAsync(admin)).ShouldContain("待业务股室审核");
        var awaiting = (await app.DeclarationAsync(id)).Review.AwaitingSectionId;
        (await app.QueryAsync(db => db.ReviewSections.SingleAsync(s => s.Id == awaiting))).Name.ShouldNotBe("业务股室");
    }

    [Fact]
    public async Task With_a_recheck_interval_of_0_every_request_reads_the_reference_data_again()
    {
        await using var app = new PerfTargetsApp(await databases.DemoAsync(DatabaseProvider.Sqlite))
        {
            Settings = new Dictionary<string, string> { [RecheckSetting.ReferenceData.Key] = "0" },
        };
        var admin = await app.AdminAsync();
        (await SectionChoicesAsync(admin)).ShouldContain("待业务股室审核");

        await app.QueryAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"ReviewSections\" SET \"Name\" = '业务股' WHERE \"Name\" = '业务股室'"));

        (await SectionChoicesAsync(admin)).ShouldContain("待业务股审核");
    }
}
