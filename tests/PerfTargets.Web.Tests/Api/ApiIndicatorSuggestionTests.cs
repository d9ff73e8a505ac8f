using System.Net;
using System.Text.Json.Nodes;
using PerfTargets.Core.Library;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;
using static PerfTargets.Web.Tests.DemoDepartments;

namespace PerfTargets.Web.Tests.Api;

/// <summary>
/// GET /api/v1/indicators/suggestions: once the demo chain has approved seed 004's 网络舆情综合管理, its
/// indicators are suggested to 山海关's filer first, with the value used; to another department only
/// when the admin shares history; library entries of the sector asked for before the other 共性 ones.
/// </summary>
public class ApiIndicatorSuggestionTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private const string Project = "网络舆情综合管理";

    private static async Task<PerfTargetsApp> ApprovedAsync(TestDatabases databases, DatabaseProvider provider)
    {
        var app = await databases.DemoAppAsync(provider);
        var id = await app.DeclarationIdAsync(Project);
        (await ReviewSteps.SubmitAsync(await app.FilerOfDepartmentAsync(Shanhaiguan), id)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await ReviewSteps.DecideAsync(await app.SignInAsync("reviewer-business"), id, "Approve", "同意。");
        await ReviewSteps.DecideAsync(await app.SignInAsync("reviewer-performance"), id, "Approve", "同意批复。");
        return app;
    }

    private static async Task<JsonArray> SuggestAsync(PerfTargetsApp app, string filerDepartment, string query)
    {
        var client = await app.TokenClientAsync(Data.Accounts.DemoAccounts.Filers[filerDepartment].UserName);
        var response = await client.GetAsync("/api/v1/indicators/suggestions?" + query);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_departments_approved_indicator_comes_first_with_the_value_it_had(DatabaseProvider provider)
    {
        await using var app = await ApprovedAsync(databases, provider);

        var found = await SuggestAsync(app, Shanhaiguan, "framework=2021-效果&query=" + Uri.EscapeDataString("满意度"));

        var first = found[0]!;
        ((string)first["kind"]!).ShouldBe("OwnHistory");
        ((string)first["name"]!).ShouldBe("广大群众满意度");
        ((string)first["level1"]!).ShouldBe("满意度指标");
        ((string)first["unit"]!).ShouldBe("%");
        ((string)first["comparator"]!).ShouldBe("≥");
        ((int)first["lastValue"]!["year"]!).ShouldBe(2023);
        ((string)first["lastValue"]!["value"]!).ShouldBe("≥90%");
        ((string)first["annualTarget"]!["comparator"]!).ShouldBe("≥");
        ((string)first["annualTarget"]!["value"]!).ShouldBe("90");
        ((string)first["annualTarget"]!["unit"]!).ShouldBe("%");
        found.Skip(1).ShouldAllBe(s => s!["annualTarget"] == null);
        found.Skip(1).ShouldAllBe(s => (string)s!["kind"]! == "Common");
        found.Count.ShouldBeGreaterThan(5);

        // The same by the name's pinyin initials, typed without an input method.
        var byInitials = await SuggestAsync(app, Shanhaiguan, "framework=2021-效果&query=myd");
        ((string)byInitials[0]!["name"]!).ShouldBe("广大群众满意度");
        ((string)byInitials[0]!["kind"]!).ShouldBe("OwnHistory");
        byInitials.Skip(1).ShouldAllBe(s => ((string)s!["name"]!).Contains("满意度"));
    }

    [Fact]
    public async Task Another_departments_history_is_suggested_only_when_the_admin_shares_it()
    {
        await using var app = await ApprovedAsync(databases, DatabaseProvider.Sqlite);
        var query = "query=" + Uri.EscapeDataString("广大群众");

        (await SuggestAsync(app, Suzhou, query)).ShouldBeEmpty();

        await app.QueryAsync(async db =>
        {
            db.LibrarySettings.Add(new LibrarySettings { ShareHistory = true });
            return await db.SaveChangesAsync();
        });
        var shared = await SuggestAsync(app, Suzhou, query);
        var own = await SuggestAsync(app, Shanhaiguan, query);

        shared.ShouldHaveSingleItem();
        ((string)shared[0]!["kind"]!).ShouldBe("SharedHistory");
        ((string)own[0]!["kind"]!).ShouldBe("OwnHistory");
    }

    [Fact]
    public async Task Library_entries_of_the_sector_asked_for_come_before_the_other_common_ones()
    {
        await using var app = await databases.DemoAppAsync();

        var found = await SuggestAsync(app, Suzhou, "framework=2021&sector=" + Uri.EscapeDataString("信息化") + "&query=" + Uri.EscapeDataString("满意度"));

        var kinds = found.Select(s => (string)s!["kind"]!).ToList();
        found.Where(s => (string)s!["kind"]! == "Sector").Select(s => (string)s!["name"]!).ShouldBe(["使用单位满意度", "系统使用人员满意度"]);
        kinds.ShouldBe(kinds.OrderBy(k => k == "Sector" ? 0 : 1).ToList());
        kinds.ShouldContain("Common");
    }
}
