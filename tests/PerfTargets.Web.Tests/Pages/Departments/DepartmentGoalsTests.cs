using System.Net;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;
using static PerfTargets.Web.Tests.DemoDepartments;

namespace PerfTargets.Web.Tests.Pages.Departments;

public class DepartmentGoalsTests(TestDatabases databases, SharedDemoApp shared) : IClassFixture<TestDatabases>, IClassFixture<SharedDemoApp>
{
    private async Task<(PerfTargetsApp App, int Department)> AppAsync(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var app = await databases.DemoAppAsync(provider);
        return (app, await DepartmentAsync(app));
    }

    /// <summary>The class's application and 山海关's department: for the cases whose years no other case counts.</summary>
    private async Task<(PerfTargetsApp App, int Department)> SharedAsync(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var app = await shared.OnAsync(provider);
        return (app, await DepartmentAsync(app));
    }

    private static Task<int> DepartmentAsync(PerfTargetsApp app) =>
        app.QueryAsync(db => db.Departments.Where(d => d.Code == "224002").Select(d => d.Id).SingleAsync());

    [Fact]
    public async Task The_department_list_leads_to_its_yearly_goal()
    {
        var (app, department) = await SharedAsync();

        var list = await (await app.FilerOfDepartmentAsync("224002")).GetStringAsync($"/declarations?department={department}");

        list.ShouldContain($"href=\"/departments/{department}/goals/2023\"");
        var unfiltered = await (await app.FilerOfDepartmentAsync("224002")).GetStringAsync("/declarations");
        unfiltered.ShouldContain($"href=\"/departments/{department}/goals/2023\"");
    }

    [Fact]
    public async Task The_seed_004_goal_is_shown_and_saved_with_its_duties()
    {
        var (app, department) = await SharedAsync();
        var client = await app.FilerOfDepartmentAsync("224002");

        var form = await PageForm.LoadAsync(client, $"/departments/{department}/goals/2023");
        form["Input.OverallGoal"].ShouldNotBeNullOrWhiteSpace();
        var duties = form.Fields.Count(f => f.Key.EndsWith(".Duty", StringComparison.Ordinal) && f.Value.Length > 0);
        form.Set($"Input.Duties[{duties}].Duty", "网络安全宣传").Set($"Input.Duties[{duties}].Goal", "开展网络安全宣传周活动。");
        var html = await (await form.PostAsync()).Content.ReadAsStringAsync();

        html.ShouldContain("已保存部门整体绩效目标");
        var goal = await app.QueryAsync(db => db.DepartmentPerformanceGoals.AsNoTracking().SingleAsync(g => g.DepartmentId == department && g.BudgetYear == 2023));
        goal.DutyGoals.Count.ShouldBe(duties + 1);
        goal.DutyGoals.OrderBy(d => d.Sequence).Last().Duty.ShouldBe("网络安全宣传");
    }

    [Fact]
    public async Task A_goal_for_a_new_year_is_created_and_needs_its_overall_goal()
    {
        var (app, department) = await AppAsync();
        await using var _ = app;
        var client = await app.FilerOfDepartmentAsync("224002");

        var form = await PageForm.LoadAsync(client, $"/departments/{department}/goals/2024");
        var refused = await (await form.Set("Input.Duties[0].Duty", "舆情管理").PostAsync()).Content.ReadAsStringAsync();
        refused.ShouldContain("请填写总体绩效目标。");
        refused.ShouldContain("请填写该职能的绩效目标。");

        form = await PageForm.LoadAsync(client, $"/departments/{department}/goals/2024");
        await form.Set("Input.OverallGoal", "全面提升网络安全保障能力。").PostAsync();

        (await app.QueryAsync(db => db.DepartmentPerformanceGoals.CountAsync(g => g.DepartmentId == department))).ShouldBe(2);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Two_saves_of_the_same_version_keep_the_first(DatabaseProvider provider)
    {
        var (app, department) = await SharedAsync(provider);
        var first = await PageForm.LoadAsync((await app.FilerOfDepartmentAsync("224002")), $"/departments/{department}/goals/2025");
        var second = await PageForm.LoadAsync((await app.FilerOfDepartmentAsync("224002")), $"/departments/{department}/goals/2025");

        await first.Set("Input.OverallGoal", "第一人的目标").PostAsync();
        var html = await (await second.Set("Input.OverallGoal", "第二人的目标").PostAsync()).Content.ReadAsStringAsync();

        html.ShouldContain("已被他人修改并保存");
        (await app.QueryAsync(db => db.DepartmentPerformanceGoals.Where(g => g.BudgetYear == 2025).Select(g => g.OverallGoal).SingleAsync())).ShouldBe("第一人的目标");
    }

    [Fact]
    public async Task A_year_out_of_range_is_not_found()
    {
        var (app, department) = await SharedAsync();

        (await (await app.FilerOfDepartmentAsync("224002")).GetAsync($"/departments/{department}/goals/1900")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_goals_page_has_its_subtitle_under_the_title_and_the_print_controls_after_it()
    {
        var app = shared.App;
        var department = await app.QueryAsync(db => db.Departments.Where(d => d.Code == Shanhaiguan).Select(d => d.Id).SingleAsync());

        var page = Html.Parse(await (await app.FilerOfDepartmentAsync(Shanhaiguan)).GetStringAsync($"/departments/{department}/goals/2023"));

        var h1 = page.QuerySelector("main h1").ShouldNotBeNull();
        h1.NextElementSibling!.TextContent.ShouldContain("（224002）");
        h1.NextElementSibling.NextElementSibling!.Id.ShouldBe("goals-toolbar");
        page.GetElementById("goals-toolbar")!.QuerySelector(".print-form, form").ShouldNotBeNull();
        var numbers = page.QuerySelectorAll("main table tbody tr > td:first-child");
        numbers.ShouldNotBeEmpty();
        numbers.ShouldAllBe(td => td.ClassList.Contains("duty-number") && !td.ClassList.Contains("align-middle"));
    }
}
