using System.Net;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Money;
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
    public async Task A_department_is_offered_the_goal_years_it_declares_projects_for()
    {
        var (app, _) = await SharedAsync();
        var suzhou = await app.QueryAsync(db => db.Departments.Where(d => d.Code == Suzhou).Select(d => d.Id).SingleAsync());

        var list = await (await app.FilerOfDepartmentAsync(Suzhou)).GetStringAsync("/declarations");

        // 宿州 declares 2022 projects and has no yearly goal: 2022 is offered, not next year.
        Html.Parse(list).QuerySelectorAll("#goal-years a").Select(a => a.TextContent).ShouldBe(["填写2022年"]);
        list.ShouldContain($"href=\"/departments/{suzhou}/goals/2022\"");
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

    [Fact]
    public async Task The_money_block_and_the_overall_indicators_are_saved_and_reconciled_with_the_projects()
    {
        var (app, department) = await AppAsync();
        await using var _ = app;
        var client = await app.FilerOfDepartmentAsync("224002");
        var projects = await app.QueryAsync(db => db.Declarations.Where(d => d.DepartmentId == department && d.BudgetYear == 2023).Select(d => d.AnnualFunding.Total).ToListAsync());
        var projectsTotal = projects.Sum(t => t ?? 0m);

        var form = await PageForm.LoadAsync(client, $"/departments/{department}/goals/2023");
        form.Set("Input.MoneyUnit", "TenThousandYuan").Set("Input.BudgetTotal", "326.5")
            .Set("Input.Sources[0].Name", "一般公共预算拨款").Set("Input.Sources[0].Amount", "326.5")
            .Set("Input.Sources[1].Name", "项目支出").Set("Input.Sources[1].Amount", "20")
            .Set("Input.Indicators[0].Level1", "产出指标").Set("Input.Indicators[0].Level2", "数量指标")
            .Set("Input.Indicators[0].Name", "舆情专报").Set("Input.Indicators[0].Target", "≥12期").Set("Input.Indicators[0].Weight", "10")
            .Set("Input.Indicators[1].Level1", "效益指标").Set("Input.Indicators[1].Level2", "社会效益指标")
            .Set("Input.Indicators[1].Name", "网络生态").Set("Input.Indicators[1].Target", "持续向好");
        var saved = await (await form.PostAsync()).Content.ReadAsStringAsync();

        saved.ShouldContain("已保存部门整体绩效目标");
        var goal = await app.QueryAsync(db => db.DepartmentPerformanceGoals.AsNoTracking().SingleAsync(g => g.DepartmentId == department && g.BudgetYear == 2023));
        goal.BudgetTotal.ShouldBe(3_265_000m);
        goal.FundingSources.OrderBy(s => s.Sequence).Select(s => (s.Name, s.Amount)).ShouldBe([("一般公共预算拨款", 3_265_000m), ("项目支出", 200_000m)]);
        var indicators = goal.Indicators.OrderBy(i => i.Sequence).ToList();
        indicators[0].Annual.Display().ShouldBe("≥12期");
        indicators[0].Nature.ShouldBe(PerfTargets.Core.Declarations.IndicatorNature.Quantitative);
        indicators[0].Weight.ShouldBe(10m);
        indicators[1].Annual.Text.ShouldBe("持续向好");
        indicators[1].Nature.ShouldBe(PerfTargets.Core.Declarations.IndicatorNature.Qualitative);

        var page = Html.Parse(saved);
        page.QuerySelector("#budget-warning")!.TextContent.ShouldBe(
            $"“项目支出”填为 20 万元，本年度 {projects.Count} 个项目的年度资金合计 {MoneyUnit.TenThousandYuan.FormatWithLabel(projectsTotal)}，两者不符。");
        page.QuerySelector("input[name='Input.Indicators[0].Target']")!.GetAttribute("value").ShouldBe("≥12期");
    }

    [Fact]
    public async Task An_unreadable_amount_or_weight_is_named_at_its_field_and_nothing_is_saved()
    {
        var (app, department) = await AppAsync();
        await using var _ = app;
        var client = await app.FilerOfDepartmentAsync("224002");
        var before = await app.QueryAsync(db => db.DepartmentPerformanceGoals.AsNoTracking().SingleAsync(g => g.DepartmentId == department && g.BudgetYear == 2023));

        var form = await PageForm.LoadAsync(client, $"/departments/{department}/goals/2023");
        form.Set("Input.OverallGoal", "改过的总体目标").Set("Input.Sources[0].Name", "一般公共预算拨款").Set("Input.Sources[0].Amount", "三百万")
            .Set("Input.Indicators[0].Level1", "产出指标").Set("Input.Indicators[0].Level2", "数量指标").Set("Input.Indicators[0].Name", "专报")
            .Set("Input.Indicators[0].Target", "12期").Set("Input.Indicators[0].Weight", "十分");
        var response = await form.PostAsync();
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("#Input_Sources_0__Amount")!.ClassList.ShouldContain("is-invalid");
        page.QuerySelector("#Input_Indicators_0__Weight")!.ClassList.ShouldContain("is-invalid");
        page.Body!.TextContent.ShouldContain("权重“十分”不是有效的数字");
        page.QuerySelector("#Input_OverallGoal")!.TextContent.Trim().ShouldBe("改过的总体目标");
        var after = await app.QueryAsync(db => db.DepartmentPerformanceGoals.AsNoTracking().SingleAsync(g => g.DepartmentId == department && g.BudgetYear == 2023));
        after.OverallGoal.ShouldBe(before.OverallGoal);
        after.FundingSources.ShouldBeEmpty();
    }
}
