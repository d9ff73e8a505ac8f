using System.Net;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Declarations;
using PerfTargets.Data.Accounts;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;
using static PerfTargets.Web.Tests.DemoDepartments;

namespace PerfTargets.Web.Tests.Pages.Declarations.Edit;

public class DeclarationEditorTests(TestDatabases databases, SharedDemoApp shared) : IClassFixture<TestDatabases>, IClassFixture<SharedDemoApp>
{
    private static string Line(string key, string field) => $"Input.BudgetLines[{key}].{field}";

    private static string Indicator(string key, string field) => $"Input.Indicators[{key}].{field}";

    [Fact]
    public async Task The_editor_shows_every_section_of_a_seed_declaration()
    {
        var app = shared.App;
        var id = await app.DeclarationIdAsync("网络信息经费");

        var form = await PageForm.LoadAsync(await app.FilerOfAsync(id), $"/declarations/{id}/edit");

        form["Input.ProjectName"].ShouldBe("网络信息经费");
        form["Input.AnnualFunding.Amounts[Total]"].ShouldBe("101");
        form["Input.MoneyUnit"].ShouldBe("TenThousandYuan");
        form.Fields.Count(f => f.Key == "Input.Indicators.Index").ShouldBe(24);
        form[Indicator("0", "Level1")].ShouldBe("产出指标");
        form.Page.QuerySelector("#indicators")!.TextContent.ShouldContain("24");
        foreach (var section in new[] { "header", "narrative", "funding", "budget-lines", "disbursement", "goals", "indicators", "safeguards" })
        {
            form.Page.GetElementById(section).ShouldNotBeNull(section);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Fixing_seed_001s_lines_makes_its_problem_disappear(DatabaseProvider provider)
    {
        await using var app = await databases.DemoAppAsync(provider);
        var id = await app.DeclarationIdAsync("新媒体软课题费");
        var client = await app.FilerOfAsync(id);
        (await client.GetStringAsync($"/declarations/{id}")).ShouldContain("[R01]");

        var form = await PageForm.LoadAsync(client, $"/declarations/{id}/edit");
        form.Set(Line("1", "Amount"), "349,000.00").Set(Line("1", "UnitStandard"), "349,000");
        var response = await form.PostAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK); // followed the redirect back to the editor
        var page = await response.Content.ReadAsStringAsync();
        page.ShouldContain("已保存");
        page.ShouldNotContain("[R01]");
        var stored = await app.DeclarationAsync(id);
        stored.BudgetLinesTotal.ShouldBe(449_000m);
        stored.Indicators.Count.ShouldBe(5);
        stored.Safeguards.Count.ShouldBe(3);
        stored.Narrative.Necessity.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task The_rules_problems_are_shown_at_their_fields_in_the_editor()
    {
        var app = shared.App;
        var id = await app.DeclarationIdAsync("新媒体软课题费");

        var form = await PageForm.LoadAsync(await app.FilerOfAsync(id), $"/declarations/{id}/edit");

        var linesMessage = form.Page.QuerySelector("#budget-lines ~ .invalid-feedback")!;
        linesMessage.TextContent.ShouldBe("预算明细合计 200,000.00 元，与年度资金总额 449,000.00 元不符，少 249,000.00 元。");
        var indicatorRow = form.Page.GetElementById("indicator-1")!;
        indicatorRow.QuerySelector("tr.row-messages")!.TextContent.ShouldContain("“基础数据准确率”是定量指标，其年度指标值缺少计量单位。");
        form.Page.QuerySelector(".problem-panel a[href='#indicator-1']").ShouldNotBeNull();
    }

    [Fact]
    public async Task The_check_while_typing_answers_with_the_messages_a_save_shows_and_stores_nothing()
    {
        var app = shared.App;
        var id = await app.DeclarationIdAsync("新媒体软课题费");
        var before = await app.DeclarationAsync(id);
        var form = await PageForm.LoadAsync(await app.FilerOfAsync(id), $"/declarations/{id}/edit");
        var check = $"/declarations/{id}/edit?handler=Check";

        var answer = Html.Parse(await (await form.Set("Input.ProjectName", "改过的名称").PostToAsync(check)).Content.ReadAsStringAsync());

        Template(answer, "template[data-field='Input.BudgetLines']")
            .ShouldContain("预算明细合计 200,000.00 元，与年度资金总额 449,000.00 元不符，少 249,000.00 元。");
        Template(answer, "template[data-row='Input.Indicators[1]']").ShouldContain("“基础数据准确率”是定量指标，其年度指标值缺少计量单位。");
        Template(answer, "template[data-panel]").ShouldContain("[R01]");

        form.Set(Line("1", "Amount"), "349,000.00").Set(Line("1", "UnitStandard"), "349,000");
        answer = Html.Parse(await (await form.PostToAsync(check)).Content.ReadAsStringAsync());

        answer.QuerySelector("template[data-field='Input.BudgetLines']").ShouldBeNull();
        Template(answer, "template[data-panel]").ShouldNotContain("[R01]");

        answer = Html.Parse(await (await form.Set(Line("0", "Amount"), "十万").PostToAsync(check)).Content.ReadAsStringAsync());

        Template(answer, "template[data-row='Input.BudgetLines[0]']").ShouldContain("“十万”不是有效的金额");
        Template(answer, "template[data-panel]").ShouldContain("有填写内容无法读取或超出限制");
        var after = await app.DeclarationAsync(id);
        after.ProjectName.ShouldBe(before.ProjectName);
        after.ConcurrencyStamp.ShouldBe(before.ConcurrencyStamp);
        after.BudgetLinesTotal.ShouldBe(before.BudgetLinesTotal);
    }

    /// <summary>What one template of the check's answer holds, as text.</summary>
    private static string Template(AngleSharp.Html.Dom.IHtmlDocument answer, string selector) =>
        ((AngleSharp.Html.Dom.IHtmlTemplateElement)answer.QuerySelector(selector).ShouldNotBeNull(selector)).Content.TextContent;

    [Fact]
    public async Task An_amount_that_is_not_a_number_is_named_at_its_field_and_nothing_is_saved()
    {
        var app = shared.App;
        var id = await app.DeclarationIdAsync("新媒体软课题费");
        var before = await app.DeclarationAsync(id);

        var form = await PageForm.LoadAsync(await app.FilerOfAsync(id), $"/declarations/{id}/edit");
        form.Set("Input.ProjectName", "改过的名称").Set(Line("0", "Amount"), "十万");
        var response = await form.PostAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = PageForm.Read(null!, $"/declarations/{id}/edit", await response.Content.ReadAsStringAsync());
        page.Page.QuerySelector("#budget-line-0 + tr.row-messages")!.TextContent.ShouldContain("“十万”不是有效的金额");
        page["Input.ProjectName"].ShouldBe("改过的名称");            // what the user typed is still there
        page[Line("0", "Amount")].ShouldBe("十万");
        (await app.DeclarationAsync(id)).ProjectName.ShouldBe(before.ProjectName);
        (await app.DeclarationAsync(id)).ConcurrencyStamp.ShouldBe(before.ConcurrencyStamp);
    }

    [Fact]
    public async Task Days_are_shown_and_read_as_year_month_day_and_one_that_is_not_a_day_is_said_in_chinese_at_its_field()
    {
        var app = shared.App;
        var id = await app.DeclarationIdAsync("新媒体软课题费");
        var before = await app.DeclarationAsync(id);
        var client = await app.FilerOfAsync(id);

        var form = await PageForm.LoadAsync(client, $"/declarations/{id}/edit");
        var start = form.Page.QuerySelector("#Input_StartDate")!;
        start.GetAttribute("type").ShouldBe("text", "a browser's date box shows the day in its own locale's order");
        start.GetAttribute("pattern").ShouldNotBeNullOrEmpty();
        form.Set("Input.StartDate", "2023年13月1日").Set("Input.EndDate", "2023/12/31").Set("Input.FilledOn", "２０２３-１-５");
        var refused = await form.PostAsync();

        var page = PageForm.Read(client, $"/declarations/{id}/edit", await refused.Content.ReadAsStringAsync());
        page.Page.QuerySelector("#Input_StartDate ~ .invalid-feedback")!.TextContent.Trim().ShouldBe("开始日期“2023年13月1日”无法识别：请按 年-月-日 填写，如 2023-01-05。");
        page["Input.StartDate"].ShouldBe("2023年13月1日");
        (await app.DeclarationAsync(id)).ConcurrencyStamp.ShouldBe(before.ConcurrencyStamp);

        var outside = PageForm.Read(client, $"/declarations/{id}/edit", await (await page.Set("Input.StartDate", "0000-01-01").Set("Input.EndDate", "1999-12-31").PostAsync()).Content.ReadAsStringAsync());
        outside.Page.QuerySelector("#Input_StartDate ~ .invalid-feedback")!.TextContent.Trim().ShouldBe("开始日期“0000-01-01”无法识别：请按 年-月-日 填写，如 2023-01-05。");
        outside.Page.QuerySelector("#Input_EndDate ~ .invalid-feedback")!.TextContent.Trim().ShouldBe("结束日期应在 2000 年到 2100 年之间（所填为 1999-12-31）。");
        (await app.DeclarationAsync(id)).ConcurrencyStamp.ShouldBe(before.ConcurrencyStamp);

        var saved = await outside.Set("Input.StartDate", "2023-1-5").Set("Input.EndDate", "2023/12/31").PostAsync();
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        var declaration = await app.DeclarationAsync(id);
        (declaration.StartDate, declaration.EndDate, declaration.FilledOn).ShouldBe((new DateOnly(2023, 1, 5), new DateOnly(2023, 12, 31), new DateOnly(2023, 1, 5)));
        var shown = await PageForm.LoadAsync(client, $"/declarations/{id}/edit");
        (shown["Input.StartDate"], shown["Input.EndDate"], shown["Input.FilledOn"]).ShouldBe(("2023-01-05", "2023-12-31", "2023-01-05"));
    }

    [Fact]
    public async Task Full_width_digits_and_separators_are_read_in_the_declarations_unit()
    {
        var app = shared.App;
        var id = await app.DeclarationIdAsync("网络信息经费");

        var form = await PageForm.LoadAsync(await app.FilerOfAsync(id), $"/declarations/{id}/edit");
        form.Set("Input.PriorYearsFunding.Amounts[Total]", "１，２３４．５６７８");
        (await form.PostAsync()).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await app.DeclarationAsync(id)).PriorYearsFunding.Total.ShouldBe(12_345_678m);
    }

    [Fact]
    public async Task The_save_message_tells_the_time_in_beijing_time_as_the_history_does()
    {
        var app = shared.App;
        var id = await app.DeclarationIdAsync("新媒体软课题费");
        var form = await PageForm.LoadAsync(await app.FilerOfAsync(id), $"/declarations/{id}/edit");

        var html = await (await form.Set("Input.ProjectCode", "改-1").PostAsync()).Content.ReadAsStringAsync();

        var saved = (await app.DeclarationAsync(id)).UpdatedAt.ToOffset(TimeSpan.FromHours(8));
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("main .alert-success")!.TextContent
            .ShouldBe($"已保存（{saved:HH:mm:ss}）。");
    }

    [Fact]
    public async Task Text_over_its_limit_is_refused_at_the_field()
    {
        var app = shared.App;
        var id = await app.DeclarationIdAsync("新媒体软课题费");

        var form = await PageForm.LoadAsync(await app.FilerOfAsync(id), $"/declarations/{id}/edit");
        form.Set("Input.Narrative.Overview", new string('述', DeclarationLimits.Narrative + 1));
        var html = await (await form.PostAsync()).Content.ReadAsStringAsync();

        html.ShouldContain("项目概况不能超过 10000 个字。");
        html.ShouldContain("未保存");
        (await app.DeclarationAsync(id)).Narrative.Overview!.Length.ShouldBeLessThan(DeclarationLimits.Narrative);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_second_of_two_saves_of_the_same_version_is_refused_and_keeps_its_input(DatabaseProvider provider)
    {
        var app = await shared.OnAsync(provider);
        var id = await app.DeclarationIdAsync("网络安全和信息化工作经费");
        var first = await PageForm.LoadAsync(await app.FilerOfAsync(id), $"/declarations/{id}/edit");
        var second = await PageForm.LoadAsync(await app.FilerOfAsync(id), $"/declarations/{id}/edit");

        (await first.Set("Input.ProjectCode", "FIRST-001").PostAsync()).StatusCode.ShouldBe(HttpStatusCode.OK);
        var response = await second.Set("Input.ProjectCode", "SECOND-002").PostAsync();

        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("该申报表已被他人修改并保存");
        html.ShouldContain("载入最新版本");
        PageForm.Read(null!, "/", html)["Input.ProjectCode"].ShouldBe("SECOND-002");
        (await app.DeclarationAsync(id)).ProjectCode.ShouldBe("FIRST-001");
    }

    [Fact]
    public async Task Indicators_are_added_reordered_and_removed_as_the_rows_are_posted()
    {
        var app = shared.App;
        var id = await app.DeclarationIdAsync("网络舆情综合管理");
        var before = await app.DeclarationAsync(id);
        var form = await PageForm.LoadAsync(await app.FilerOfAsync(id), $"/declarations/{id}/edit");
        var keys = form.Fields.Where(f => f.Key == "Input.Indicators.Index").Select(f => f.Value).ToList();

        // The script appends a row under a fresh key and moves rows by moving their fields.
        form.Remove(name => name == "Input.Indicators.Index");
        form.Remove(name => name.StartsWith($"Input.Indicators[{keys[0]}]", StringComparison.Ordinal));
        foreach (var key in keys.Skip(1).Reverse().Prepend("n1"))
        {
            form.Fields.Add(new("Input.Indicators.Index", key));
        }

        form.Set(Indicator("n1", "Key"), "n1").Set(Indicator("n1", "Level1"), "产出指标").Set(Indicator("n1", "Level2"), "数量指标")
            .Set(Indicator("n1", "Name"), "舆情报告期数").Set(Indicator("n1", "Nature"), "Quantitative")
            .Set(Indicator("n1", "Annual.Comparator"), "GreaterOrEqual").Set(Indicator("n1", "Annual.Value"), "12").Set(Indicator("n1", "Annual.Unit"), "期");
        (await form.PostAsync()).StatusCode.ShouldBe(HttpStatusCode.OK);

        var after = await app.DeclarationAsync(id);
        after.Indicators.Select(i => i.Name).ShouldBe(before.Indicators.Skip(1).Reverse().Select(i => i.Name).Prepend("舆情报告期数"));
        after.Indicators.Select(i => i.Sequence).ShouldBe(Enumerable.Range(1, after.Indicators.Count));
        after.Indicators[0].Annual.Display().ShouldBe("≥12期");
    }

    [Fact]
    public async Task A_grade_text_is_kept_as_text_and_a_number_as_a_number()
    {
        var app = shared.App;
        var id = await app.DeclarationIdAsync("网络舆情综合管理");
        var form = await PageForm.LoadAsync(await app.FilerOfAsync(id), $"/declarations/{id}/edit");
        var key = form.Fields.First(f => f.Key == "Input.Indicators.Index").Value;

        form.Remove(name => name == "Input.AnnualOnly"); // the filer opens the 中期 half first
        form.Set(Indicator(key, "MidTerm.Comparator"), "").Set(Indicator(key, "MidTerm.Value"), "持续提升").Set(Indicator(key, "MidTerm.Unit"), "")
            .Set(Indicator(key, "Annual.Comparator"), "LessOrEqual").Set(Indicator(key, "Annual.Value"), "２４").Set(Indicator(key, "Annual.Unit"), "小时");
        await form.PostAsync();

        var indicator = (await app.DeclarationAsync(id)).Indicators[0];
        indicator.MidTerm.Text.ShouldBe("持续提升");
        indicator.MidTerm.Value.ShouldBeNull();
        indicator.Annual.Value.ShouldBe(24m);
        indicator.Annual.Text.ShouldBeNull();
    }

    [Fact]
    public async Task Sixty_indicators_save_in_one_post()
    {
        await using var app = await databases.DemoAppAsync();
        var id = await app.DeclarationIdAsync("网络舆情综合管理");
        var form = await PageForm.LoadAsync(await app.FilerOfAsync(id), $"/declarations/{id}/edit");
        for (var i = 0; i < 57; i++)
        {
            var key = $"x{i}";
            form.Fields.Add(new("Input.Indicators.Index", key));
            form.Set(Indicator(key, "Key"), key).Set(Indicator(key, "Level1"), "产出指标").Set(Indicator(key, "Level2"), "数量指标")
                .Set(Indicator(key, "Name"), $"指标{i}").Set(Indicator(key, "Nature"), "Quantitative")
                .Set(Indicator(key, "Annual.Comparator"), "GreaterOrEqual").Set(Indicator(key, "Annual.Value"), $"{i}").Set(Indicator(key, "Annual.Unit"), "个");
        }

        var html = await (await form.PostAsync()).Content.ReadAsStringAsync();

        html.ShouldContain("已保存");
        (await app.DeclarationAsync(id)).Indicators.Count.ShouldBe(60);
    }

    [Fact]
    public async Task The_money_unit_switch_reads_amounts_in_the_chosen_unit()
    {
        var app = shared.App;
        var id = await app.DeclarationIdAsync("网络舆情综合管理");
        var form = await PageForm.LoadAsync(await app.FilerOfAsync(id), $"/declarations/{id}/edit");
        form["Input.MoneyUnit"].ShouldBe("Yuan");

        form.Set("Input.MoneyUnit", "TenThousandYuan").Set("Input.AnnualFunding.Amounts[Total]", "10");
        await form.PostAsync();

        var stored = await app.DeclarationAsync(id);
        stored.MoneyUnit.ShouldBe(Core.Money.MoneyUnit.TenThousandYuan);
        stored.AnnualFunding.Total.ShouldBe(100_000m);
    }

    [Fact]
    public async Task A_new_declaration_starts_from_year_project_and_department_and_opens_in_the_editor()
    {
        var app = shared.App;
        var client = await app.FilerOfDepartmentAsync("224002");
        var department = await app.QueryAsync(db => db.Departments.Where(d => d.Code == "224002").Select(d => d.Id).SingleAsync());

        var form = await PageForm.LoadAsync(client, "/declarations/new");
        form["Input.DepartmentId"].ShouldBe(department.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var response = await form.Set("Input.BudgetYear", "2023").Set("Input.ProjectName", "网络安全宣传周").PostAsync();

        response.RequestMessage!.RequestUri!.AbsolutePath.ShouldEndWith("/edit");
        var id = await app.DeclarationIdAsync("网络安全宣传周");
        var created = await app.DeclarationAsync(id);
        created.Status.ShouldBe(DeclarationStatus.Draft);
        var framework = await app.QueryAsync(db => db.IndicatorFrameworks.Where(f => f.Id == created.FrameworkId).Select(f => f.Code).SingleAsync());
        framework.ShouldBe("2021-效果"); // the default the demo set for 2023
    }

    [Fact]
    public async Task A_new_declaration_without_a_name_or_department_is_refused_at_those_fields()
    {
        await using var app = await databases.DemoAppAsync();

        var form = await PageForm.LoadAsync(await app.FilerOfDepartmentAsync("224002"), "/declarations/new");
        var html = await (await form.Set("Input.ProjectName", " ").Set("Input.DepartmentId", "0").Set("Input.BudgetYear", "1999").PostAsync()).Content.ReadAsStringAsync();

        html.ShouldContain("请填写项目名称。");
        html.ShouldContain("请选择填报单位。");
        html.ShouldContain("预算年度应为 2000 到 2100 之间的年份。");
        (await app.QueryAsync(db => db.Declarations.CountAsync())).ShouldBe(11);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Copying_makes_a_continuing_draft_for_the_chosen_year(DatabaseProvider provider)
    {
        await using var app = await databases.DemoAppAsync(provider);
        var id = await app.DeclarationIdAsync("网络信息经费");
        var source = await app.DeclarationAsync(id);

        var form = await PageForm.LoadAsync(await app.FilerOfAsync(id), $"/declarations/{id}/copy");
        form["BudgetYear"].ShouldBe("2023");
        var response = await form.PostAsync();

        response.RequestMessage!.RequestUri!.AbsolutePath.ShouldEndWith("/edit");
        var copyId = await app.QueryAsync(db => db.Declarations.Where(d => d.ProjectName == "网络信息经费" && d.BudgetYear == 2023).Select(d => d.Id).SingleAsync());
        var copy = await app.DeclarationAsync(copyId);
        copy.Kind.ShouldBe(ProjectKind.Continuing);
        copy.Status.ShouldBe(DeclarationStatus.Draft);
        copy.Indicators.Select(i => (i.Name, i.Annual.Display())).ShouldBe(source.Indicators.Select(i => (i.Name, i.Annual.Display())));
        copy.AnnualFunding.Total.ShouldBe(source.AnnualFunding.Total);
        copy.FilledOn.ShouldBeNull();
        (await app.DeclarationAsync(id)).BudgetYear.ShouldBe(2022);
    }

    [Fact]
    public async Task Deleting_a_draft_asks_first_and_then_removes_it()
    {
        await using var app = await databases.DemoAppAsync();
        var id = await app.DeclarationIdAsync("劳务派遣人员经费");
        var client = await app.FilerOfAsync(id);

        var confirm = await PageForm.LoadAsync(client, $"/declarations/{id}/delete");
        confirm.Page.Body!.TextContent.ShouldContain("确定要删除");
        var html = await (await confirm.PostAsync()).Content.ReadAsStringAsync();

        html.ShouldContain("已删除草稿“劳务派遣人员经费”");
        (await client.GetAsync($"/declarations/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Deleting_a_version_someone_changed_since_is_refused()
    {
        var app = shared.App;
        var id = await app.DeclarationIdAsync("劳务派遣人员经费");
        var confirm = await PageForm.LoadAsync(await app.FilerOfAsync(id), $"/declarations/{id}/delete");
        var edit = await PageForm.LoadAsync(await app.FilerOfAsync(id), $"/declarations/{id}/edit");
        await edit.Set("Input.ProjectCode", "CHANGED").PostAsync();

        var html = await (await confirm.PostAsync()).Content.ReadAsStringAsync();

        html.ShouldContain("已被他人修改，未删除");
        (await app.DeclarationAsync(id)).ProjectCode.ShouldBe("CHANGED");
    }

    [Theory]
    [InlineData("/declarations/999999/edit")]
    [InlineData("/declarations/999999/copy")]
    [InlineData("/declarations/999999/delete")]
    [InlineData("/departments/999999/goals/2023")]
    public async Task Editing_pages_of_what_does_not_exist_answer_404(string path)
    {
        var app = shared.App;

        (await (await app.FilerOfDepartmentAsync("224002")).GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var app = shared.App;
        var id = await app.DeclarationIdAsync("劳务派遣人员经费");

        var response = await (await app.FilerOfAsync(id)).PostAsync($"/declarations/{id}/delete", new FormUrlEncodedContent([]));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await app.DeclarationAsync(id)).ShouldNotBeNull();
    }

    [Fact]
    public async Task The_editor_gives_long_names_their_width()
    {
        var app = shared.App;
        var id = await app.DeclarationIdAsync("新媒体软课题费");

        var page = Html.Parse(await (await app.FilerOfDepartmentAsync(Portal)).GetStringAsync($"/declarations/{id}/edit"));

        page.QuerySelectorAll("table[data-rows='budget-lines'] thead th.col-item").Select(th => th.TextContent).ShouldBe(["支出明细项目", "项目内容"]);
        var css = await app.CreateClient().GetStringAsync("/css/site.css");
        // A long item wraps in its box (a text box that grows; the browser tests measure it at 1366×768).
        css.ShouldContain(".budget-editor .col-item { min-width: 8rem; }");
        page.QuerySelectorAll("#budget-line-0 textarea.autogrow.js-single-line").Select(t => t.GetAttribute("aria-label")).ShouldBe(["第1行 支出明细项目", "第1行 项目内容", "第1行 依据", "第1行 备注"]);
        css.ShouldContain(".indicator-editor .js-level2 { min-width: 11.75rem; }");
    }

    [Fact]
    public async Task Weights_directions_and_not_applicable_rows_are_edited_and_kept()
    {
        await using var app = await databases.DemoAppAsync();
        var id = await app.DeclarationIdAsync("网络舆情综合管理");
        var form = await PageForm.LoadAsync(await app.FilerOfAsync(id), $"/declarations/{id}/edit");
        var keys = form.Fields.Where(f => f.Key == "Input.Indicators.Index").Select(f => f.Value).ToList();

        form.Set("Input.SupervisingDepartment", "秦皇岛市山海关区委宣传部（224）").Set("Input.Kind", "").Set("Input.WeightTotal", "90");
        form.Set(Indicator(keys[0], "Weight"), "60分").Set(Indicator(keys[0], "Direction"), "Positive").Set(Indicator(keys[0], "ScoringStandard"), "每少1期扣5分");
        for (var i = 1; i < keys.Count; i++)
        {
            form.Set(Indicator(keys[i], "Weight"), i == 1 ? "30" : "0");
        }

        form.Set(Indicator(keys[^1], "NotApplicable"), "true");
        var page = await (await form.PostAsync()).Content.ReadAsStringAsync();

        page.ShouldContain("已保存");
        var stored = await app.DeclarationAsync(id);
        stored.SupervisingDepartment.ShouldBe("秦皇岛市山海关区委宣传部（224）");
        stored.Kind.ShouldBeNull();
        stored.WeightTotal.ShouldBe(90m);
        stored.Indicators[0].Weight.ShouldBe(60m);
        stored.Indicators[0].Direction.ShouldBe(IndicatorDirection.Positive);
        stored.Indicators[0].ScoringStandard.ShouldBe("每少1期扣5分");
        stored.Indicators[^1].NotApplicable.ShouldBeTrue();
        var view = await (await app.FilerOfAsync(id)).GetStringAsync($"/declarations/{id}");
        view.ShouldContain("秦皇岛市山海关区委宣传部（224）");
        view.ShouldContain("权重合计 90 分，总分 90 分");
        view.ShouldNotContain("[R15]");
    }

    [Fact]
    public async Task An_annual_only_declaration_hides_its_mid_term_half_and_a_save_clears_it()
    {
        await using var app = await databases.DemoAppAsync();
        var annual = await app.DeclarationIdAsync("网络舆情综合管理");
        var withMidTerm = await app.DeclarationIdAsync("网络安全和信息化工作经费");

        var annualForm = await PageForm.LoadAsync(await app.FilerOfAsync(annual), $"/declarations/{annual}/edit");
        annualForm["Input.AnnualOnly"].ShouldBe("true");
        annualForm.Page.QuerySelector("#declaration-form")!.ClassList.ShouldContain("annual-only");
        var form = await PageForm.LoadAsync(await app.FilerOfAsync(withMidTerm), $"/declarations/{withMidTerm}/edit");
        form.Fields.ShouldNotContain(f => f.Key == "Input.AnnualOnly" && f.Value == "true");
        form.Page.QuerySelector("#declaration-form")!.ClassList.ShouldNotContain("annual-only");

        (await app.DeclarationAsync(withMidTerm)).HasMidTerm.ShouldBeTrue();
        await form.Set("Input.AnnualOnly", "true").PostAsync();

        var stored = await app.DeclarationAsync(withMidTerm);
        stored.HasMidTerm.ShouldBeFalse();
        stored.MidTermFunding.IsEmpty.ShouldBeTrue();
        stored.AnnualFunding.IsEmpty.ShouldBeFalse();
        stored.Indicators.ShouldAllBe(i => i.MidTerm.IsEmpty);
    }

    [Fact]
    public async Task An_unreadable_weight_is_named_at_its_field_and_nothing_is_saved()
    {
        await using var app = await databases.DemoAppAsync();
        var id = await app.DeclarationIdAsync("网络舆情综合管理");
        var form = await PageForm.LoadAsync(await app.FilerOfAsync(id), $"/declarations/{id}/edit");
        var key = form.Fields.First(f => f.Key == "Input.Indicators.Index").Value;

        var response = await form.Set(Indicator(key, "Weight"), "十分").Set("Input.ProjectName", "改名").PostAsync();
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        page.Body!.TextContent.ShouldContain("权重“十分”不是有效的数字");
        page.QuerySelector($"input[name='{Indicator(key, "Weight")}']")!.GetAttribute("value").ShouldBe("十分");
        (await app.DeclarationAsync(id)).ProjectName.ShouldBe("网络舆情综合管理");
    }

    [Fact]
    public async Task Rows_out_of_the_frameworks_order_are_sorted_by_one_button()
    {
        var app = shared.App;
        var id = await CleanDeclarations.CreateAsync(app, DemoAccounts.Filers["341300001"].UserName, document =>
        {
            var rows = document["indicators"]!.AsArray();
            var satisfaction = rows[4]!;
            rows.RemoveAt(4);
            rows.Insert(0, satisfaction); // 满意度 first, as a filer typing in the wrong order leaves it
        });
        var client = await app.FilerOfAsync(id);
        var form = await PageForm.LoadAsync(client, $"/declarations/{id}/edit");
        form.Page.GetElementById("problems")!.TextContent.ShouldContain("三级指标没有按一级指标分组排列");

        var saved = await (await form.Set("Input.SortByFramework", "true").PostAsync()).Content.ReadAsStringAsync();

        saved.ShouldContain("已按指标体系排序并保存");
        var declaration = await app.DeclarationAsync(id);
        declaration.Indicators.Select(i => i.Level1).ShouldBe(["产出指标", "产出指标", "产出指标", "效益指标", "满意度指标"]);
        Html.Parse(saved).GetElementById("problems")!.TextContent.ShouldNotContain("三级指标没有按一级指标分组排列");
    }
}
