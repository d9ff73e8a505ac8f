using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PerfTargets.Browser.Tests;

/// <summary>The declaration editor in a real browser: what its script does between saves.</summary>
[Collection(SharedBrowser.Name)]
public class EditorTests(BrowserSession session) : BrowserTest
{
    protected override BrowserSession Session => session;

    /// <summary>The demo filer of each seed project's department.</summary>
    private static readonly Dictionary<string, string> FilerOf = new()
    {
        ["新媒体软课题费"] = "filer-portal",
        ["网络安全和信息化工作经费"] = "filer-suzhou",
        ["网络媒体协会运行经费"] = "filer-suzhou",
        ["劳务派遣人员经费"] = "filer-suzhou",
        ["网络舆情综合管理"] = "filer-shanhaiguan",
        ["网络阵地建设和内容管理"] = "filer-shanhaiguan",
    };

    private async Task<IPage> OpenEditorAsync(string projectName)
    {
        var page = await session.NewPageAsync(FilerOf[projectName]);
        await OpenEditorAsync(page, projectName);
        return page;
    }

    private static async Task OpenEditorAsync(IPage page, string projectName)
    {
        await page.GotoAsync("/declarations");
        await page.GetByRole(AriaRole.Link, new() { Name = projectName, Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "编辑", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/edit");
        // Marks this page load: a full reload would lose it.
        await page.EvaluateAsync("window.__sameLoad = true");
    }

    private static Task<bool> SameLoadAsync(IPage page) => page.EvaluateAsync<bool>("window.__sameLoad === true");

    [Fact]
    public async Task The_lines_total_follows_typing_and_shows_the_difference_to_the_year()
    {
        var page = await OpenEditorAsync("新媒体软课题费");
        var check = page.Locator(".js-lines-check");
        (await check.TextContentAsync())!.ShouldContain("少 249,000.00 元");

        var amount = page.Locator("#budget-line-1 .js-amount");
        await amount.FillAsync("349000");
        await page.Locator("#budget-line-1 .js-standard").FillAsync("349,000");

        (await check.TextContentAsync())!.ShouldContain("✓ 等于年度资金总额 449,000.00 元");
        (await page.Locator(".js-lines-total").TextContentAsync()).ShouldBe("449,000.00");
        (await page.Locator("#budget-line-1 .js-product").TextContentAsync())!.ShouldContain("✓");
        await amount.BlurAsync();
        (await amount.InputValueAsync()).ShouldBe("349,000.00");
        (await SameLoadAsync(page)).ShouldBeTrue();
    }

    [Fact]
    public async Task Sources_that_do_not_add_up_are_flagged_as_the_user_types()
    {
        var page = await OpenEditorAsync("网络安全和信息化工作经费");

        await page.Locator("input[name='Input.AnnualFunding.Amounts[Other]']").FillAsync("10");

        (await page.Locator("#funding-checks").TextContentAsync())!.ShouldContain("✗ 年度资金：财政拨款 + 其他资金 = 130 万元，不等于资金总额 120 万元");
    }

    [Fact]
    public async Task A_new_indicator_offers_only_the_level_twos_of_its_level_one_and_saves()
    {
        var page = await OpenEditorAsync("网络阵地建设和内容管理");
        var rows = page.Locator("[data-rows='indicators'] tbody.editor-row");
        var before = await rows.CountAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "＋ 添加三级指标" }).ClickAsync();
        (await rows.CountAsync()).ShouldBe(before + 1);
        var row = rows.Last;
        await row.Locator(".js-level1").SelectOptionAsync("效果指标");
        var level2s = await row.Locator(".js-level2 option").AllTextContentsAsync();
        level2s.ShouldBe(["二级指标…", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"]);
        await row.Locator(".js-level2").SelectOptionAsync("社会效益指标");
        await row.Locator("textarea[aria-label$=' 三级指标']").FillAsync("网民正面评价率");
        await row.Locator("select[aria-label$=' 年度比较符']").SelectOptionAsync(new SelectOptionValue { Label = "≥" });
        await row.Locator("textarea[aria-label$=' 年度指标值']").FillAsync("90");
        await row.Locator("input[aria-label$=' 年度计量单位']").FillAsync("%");
        (await row.Locator(".row-number").First.TextContentAsync()).ShouldBe((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        (await SameLoadAsync(page)).ShouldBeTrue();

        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();

        await page.Locator(".alert-success").WaitForAsync();
        (await rows.CountAsync()).ShouldBe(before + 1);
        (await rows.Last.Locator("textarea[aria-label$=' 三级指标']").InputValueAsync()).ShouldBe("网民正面评价率");
    }

    [Fact]
    public async Task Rows_move_and_go_without_a_reload()
    {
        var page = await OpenEditorAsync("网络媒体协会运行经费");
        var names = page.Locator("[data-rows='indicators'] tbody.editor-row textarea[aria-label$=' 三级指标']");
        var first = await names.Nth(0).InputValueAsync();
        var second = await names.Nth(1).InputValueAsync();
        var count = await names.CountAsync();

        await page.Locator("[data-rows='indicators'] tbody.editor-row").Nth(1).Locator(".js-move-up").ClickAsync();
        (await names.Nth(0).InputValueAsync()).ShouldBe(second);
        (await names.Nth(1).InputValueAsync()).ShouldBe(first);
        await page.Locator("[data-rows='indicators'] tbody.editor-row").Nth(0).Locator(".js-remove").ClickAsync();

        (await names.CountAsync()).ShouldBe(count - 1);
        (await names.Nth(0).InputValueAsync()).ShouldBe(first);
        (await page.Locator(".js-indicator-count").TextContentAsync()).ShouldBe((count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        (await SameLoadAsync(page)).ShouldBeTrue();
    }

    [Fact]
    public async Task Switching_to_ten_thousand_yuan_converts_the_amounts_shown()
    {
        var page = await OpenEditorAsync("网络舆情综合管理");
        var total = page.Locator("input[name='Input.AnnualFunding.Amounts[Total]']");
        (await total.InputValueAsync()).ShouldBe("100,000.00");

        await page.Locator(".js-money-unit").SelectOptionAsync("TenThousandYuan");

        (await total.InputValueAsync()).ShouldBe("10");
        (await page.Locator("#funding .js-unit-label").TextContentAsync()).ShouldBe("万元");
    }

    [Fact]
    public async Task Leaving_with_unsaved_changes_asks_first()
    {
        var page = await OpenEditorAsync("劳务派遣人员经费");
        var dialog = new TaskCompletionSource<string>();
        page.Dialog += async (_, shown) =>
        {
            dialog.TrySetResult(shown.Type);
            await shown.DismissAsync();
        };

        await page.Locator("input[name='Input.ProjectCode']").FillAsync("X-1");
        await page.CloseAsync(new() { RunBeforeUnload = true });
        var asked = await dialog.Task.WaitAsync(TimeSpan.FromSeconds(10)); // the question, once it is asked

        asked.ShouldBe(DialogType.BeforeUnload);
    }

    [Fact]
    public async Task An_amount_finer_than_a_cent_is_left_as_typed_and_marked()
    {
        var page = await OpenEditorAsync("网络舆情综合管理");
        var other = page.Locator("input[name='Input.AnnualFunding.Amounts[Other]']");

        await other.FillAsync("1.999");
        await other.BlurAsync();

        (await other.InputValueAsync()).ShouldBe("1.999");
        // The reason is the server's, placed at the field by the check while typing.
        var reason = page.Locator("input[name='Input.AnnualFunding.Amounts[Other]'] ~ .invalid-feedback", new() { HasText = "金额最多两位小数（精确到分）。" });
        await reason.WaitForAsync();
        (await other.GetAttributeAsync("class"))!.ShouldContain("is-invalid");

        await other.FillAsync("１２３４５６７．８");
        await other.BlurAsync();
        (await other.InputValueAsync()).ShouldBe("1,234,567.80");
        await reason.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        (await other.GetAttributeAsync("class"))!.ShouldNotContain("is-invalid");
    }

    [Fact]
    public async Task Choosing_another_level_one_clears_a_level_two_that_no_longer_applies()
    {
        var page = await OpenEditorAsync("网络媒体协会运行经费");
        var row = page.Locator("[data-rows='indicators'] tbody.editor-row").First;
        (await row.Locator(".js-level2").InputValueAsync()).ShouldNotBeEmpty();

        await row.Locator(".js-level1").SelectOptionAsync("满意度指标");

        (await row.Locator(".js-level2").InputValueAsync()).ShouldBeEmpty();
        (await row.Locator(".js-level2 option").AllTextContentsAsync()).ShouldBe(["二级指标…", "服务对象满意度指标"]);
    }

    [Fact]
    public async Task Changing_the_framework_marks_and_counts_the_rows_it_does_not_fit()
    {
        var page = await OpenEditorAsync("劳务派遣人员经费");
        await page.Locator(".js-framework").SelectOptionAsync(new SelectOptionValue { Label = "地方版（效果指标）" });

        (await page.Locator(".js-framework-note").TextContentAsync())!.ShouldMatch(@"有 \d+ 个指标的一级或二级不在所选指标体系中");
        (await page.Locator("[data-rows='indicators'] .js-level1.is-invalid").CountAsync()).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Text_over_its_limit_is_kept_and_marked_not_cut()
    {
        var page = await OpenEditorAsync("网络阵地建设和内容管理");
        var name = page.Locator("input[name='Input.ProjectName']");

        await name.FillAsync(new string('项', 201));

        (await name.InputValueAsync()).Length.ShouldBe(201);
        (await name.GetAttributeAsync("class"))!.ShouldContain("is-invalid");
        (await page.Locator("input[name='Input.ProjectName'] + .js-length-note").TextContentAsync()).ShouldBe("已输入 201 字，超出上限 200 字，保存时将不被接受。");
    }

    [Fact]
    public async Task A_server_message_appears_at_its_row_while_typing_and_goes_when_fixed()
    {
        var page = await OpenEditorAsync("新媒体软课题费");
        var row = page.Locator("[data-rows='budget-lines'] .editor-row").Nth(1);

        await row.Locator(".js-quantity").FillAsync("2");
        await row.Locator(".js-standard").FillAsync("100");
        await row.Locator(".js-amount").FillAsync("150");

        await Expect(page.Locator("#budget-line-1 + tr.row-messages")).ToContainTextAsync("错误：第 2 行");
        await Expect(page.Locator("#budget-line-1 + tr.row-messages")).ToContainTextAsync("= 200.00 元，与金额 150.00 元不符。");
        (await row.GetAttributeAsync("class"))!.ShouldContain("table-danger");
        (await row.Locator(".js-amount").GetAttributeAsync("aria-describedby")).ShouldBe("budget-line-1-messages");
        await Expect(page.Locator("#problems")).ToContainTextAsync("[R02]");
        await row.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Artefacts.PathOf("editor-check-while-typing.png") }); // for people to look at

        await row.Locator(".js-amount").FillAsync("200");

        await Expect(page.Locator("#problems")).Not.ToContainTextAsync("[R02]");
        await Expect(page.Locator("#budget-line-1 + tr.row-messages")).ToHaveCountAsync(0);
        (await row.Locator(".js-amount").GetAttributeAsync("aria-describedby")).ShouldBeNull();
        (await SameLoadAsync(page)).ShouldBeTrue();
    }

    [Fact]
    public async Task Budget_lines_not_adding_up_are_said_under_their_table_while_typing_in_the_words_of_a_save()
    {
        var page = await OpenEditorAsync("新媒体软课题费");
        var linesMessage = page.Locator("#Input_BudgetLines-error");
        await Expect(linesMessage).ToHaveTextAsync("预算明细合计 200,000.00 元，与年度资金总额 449,000.00 元不符，少 249,000.00 元。");

        await page.Locator("#budget-line-1 .js-amount").FillAsync("349000");
        await page.Locator("#budget-line-1 .js-standard").FillAsync("349,000");

        await Expect(page.Locator("#problems")).Not.ToContainTextAsync("[R01]");
        await Expect(linesMessage).ToHaveCountAsync(0);

        await page.Locator("#budget-line-1 .js-amount").FillAsync("349001");

        await Expect(linesMessage).ToHaveTextAsync("预算明细合计 449,001.00 元，与年度资金总额 449,000.00 元不符，多 1.00 元。");
        await Expect(page.Locator("#problems a[href='#budget-lines']")).ToContainTextAsync("[R01]");
    }

    [Fact]
    public async Task A_check_that_cannot_reach_the_server_says_so_and_keeps_the_input()
    {
        var page = await OpenEditorAsync("网络舆情综合管理");
        await page.RouteAsync("**/edit?handler=Check", route => route.FulfillAsync(new() { Status = 503 }));
        var name = page.Locator("input[name='Input.ProjectName']");

        await name.FillAsync("网络舆情综合管理（改）");

        await Expect(page.Locator(".js-check-status")).ToHaveTextAsync("审核检查暂时无法进行（网络或服务器问题），已填内容没有丢失。");
        (await name.InputValueAsync()).ShouldBe("网络舆情综合管理（改）");
        (await SameLoadAsync(page)).ShouldBeTrue();

        await page.UnrouteAsync("**/edit?handler=Check");
        await name.FillAsync("网络舆情综合管理");
        await Expect(page.Locator(".js-check-status")).ToHaveTextAsync("");
    }

    /// <summary>Whether a text box shows all its text: nothing scrolled out of sight, and no line hidden by the box's height.</summary>
    private static Task<bool> ShowsWholeTextAsync(ILocator field) =>
        field.EvaluateAsync<bool>("f => f.scrollHeight <= f.clientHeight + 1 && f.scrollWidth <= f.clientWidth + 1");

    private static Task<int> HeightAsync(ILocator field) => field.EvaluateAsync<int>("f => Math.round(f.getBoundingClientRect().height)");

    [Fact]
    public async Task A_long_level_three_name_and_a_qualitative_target_wrap_whole_in_their_cells_on_a_1366_pixel_screen()
    {
        const string longName = "处置重点网络安全应急事件时限";
        const string longTarget = "严格执行相关财经法规和财务管理制度，资金使用规范、安全、有效";
        const string longItem = "基于大数据的政务新媒体专业化评估及网络舆情监测分析报告服务费";
        var page = await session.NewPageAsync(FilerOf["网络阵地建设和内容管理"]);
        await page.SetViewportSizeAsync(1366, 768);
        await OpenEditorAsync(page, "网络阵地建设和内容管理");
        await page.GetByRole(AriaRole.Button, new() { Name = "＋ 添加三级指标" }).ClickAsync();
        var row = page.Locator("[data-rows='indicators'] tbody.editor-row").Last;
        var target = row.Locator("textarea[aria-label$=' 年度指标值']");
        var unit = row.Locator("input[aria-label$=' 年度计量单位']");
        var oneLine = await HeightAsync(unit);

        await row.Locator("textarea[aria-label$=' 三级指标']").PressSequentiallyAsync(longName);
        await row.Locator("select[aria-label$=' 定量或定性']").SelectOptionAsync(new SelectOptionValue { Label = "定性" });
        await target.FillAsync(longTarget);
        await page.GetByRole(AriaRole.Button, new() { Name = "＋ 添加明细行" }).ClickAsync();
        var line = page.Locator("[data-rows='budget-lines'] .editor-row").Last;
        var item = line.Locator("textarea[aria-label$=' 支出明细项目']");
        await item.FillAsync(longItem);
        await line.Locator(".js-standard").FillAsync("100000000");
        await line.Locator(".js-amount").FillAsync("100000000");
        await item.FocusAsync();
        (await line.Locator(".js-amount").InputValueAsync()).ShouldBe("100,000,000.00");

        var nameField = row.Locator("textarea[aria-label$=' 三级指标']");
        (await nameField.InputValueAsync()).ShouldBe(longName);
        foreach (var (field, what) in new[] { (nameField, "三级指标"), (target, "年度指标值"), (item, "支出明细项目") })
        {
            (await ShowsWholeTextAsync(field)).ShouldBeTrue($"{what} shows its whole text");
        }

        foreach (var money in await line.Locator("input.js-money").AllAsync())
        {
            (await ShowsWholeTextAsync(money)).ShouldBeTrue($"{await money.GetAttributeAsync("aria-label")} shows its whole amount");
        }

        (await page.Locator(".budget-editor").EvaluateAsync<bool>("t => t.parentElement.scrollWidth <= t.parentElement.clientWidth"))
            .ShouldBeTrue("the budget lines, 依据, 备注 and the row buttons included, fit the screen without scrolling their box");
        (await HeightAsync(target)).ShouldBeGreaterThan(oneLine + 10, "the 定性 target wraps onto more lines and its row grows");
        (await HeightAsync(nameField)).ShouldBeGreaterThanOrEqualTo(oneLine - 1);
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth")).ShouldBeTrue("the page does not scroll sideways");
        await nameField.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Artefacts.PathOf("editor-long-texts-1366.png") }); // for people to look at

        // Still one line of text: a pasted newline is a space, and Enter does not break the name.
        await nameField.FocusAsync();
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.InsertTextAsync("\n（小时）");
        (await nameField.InputValueAsync()).ShouldBe(longName + " （小时）");
        (await SameLoadAsync(page)).ShouldBeTrue();
    }

    [Fact]
    public async Task A_grade_text_is_chosen_from_the_suggestions_with_the_keyboard()
    {
        var page = await OpenEditorAsync("网络阵地建设和内容管理");
        await page.GetByRole(AriaRole.Button, new() { Name = "＋ 添加三级指标" }).ClickAsync();
        var target = page.Locator("[data-rows='indicators'] tbody.editor-row").Last.Locator("textarea[aria-label$=' 年度指标值']");

        await target.PressSequentiallyAsync("提升");
        var options = page.Locator("#js-suggestions [role=option]");
        await Expect(options.First).ToBeVisibleAsync();
        (await options.AllTextContentsAsync()).ShouldAllBe(text => text.Contains("提升"));
        (await target.GetAttributeAsync("aria-controls")).ShouldBe("js-suggestions");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        var marked = await page.Locator("#js-suggestions [aria-selected=true]").TextContentAsync();
        (await target.GetAttributeAsync("aria-activedescendant")).ShouldNotBeNull();
        await page.Keyboard.PressAsync("Enter");

        (await target.InputValueAsync()).ShouldBe(marked);
        await Expect(page.Locator("#js-suggestions")).ToBeHiddenAsync();
        (await SameLoadAsync(page)).ShouldBeTrue("Enter took the suggestion instead of saving");
    }

    [Fact]
    public async Task A_library_indicator_is_chosen_with_the_keyboard_fills_its_row_and_is_saved()
    {
        var page = await session.NewPageAsync("filer-shanhaiguan");
        await page.GotoAsync("/declarations/new");
        await page.GetByLabel("预算年度").FillAsync("2036");
        await page.GetByLabel("项目名称").FillAsync("设备购置（指标库）");
        await page.GetByLabel("项目属性").SelectOptionAsync(new SelectOptionValue { Label = "新增项目" });
        await page.GetByRole(AriaRole.Button, new() { Name = "新建并填写" }).ClickAsync();
        await page.WaitForURLAsync("**/edit");
        await page.GetByRole(AriaRole.Button, new() { Name = "＋ 添加三级指标" }).ClickAsync();
        var row = page.Locator("[data-rows='indicators'] tbody.editor-row").Last;
        await row.Locator(".js-level1").SelectOptionAsync("产出指标");
        await row.Locator(".js-level2").SelectOptionAsync("质量指标");
        var name = row.Locator("textarea[data-library]");

        await name.PressSequentiallyAsync("验收合格");
        var options = page.Locator("#js-suggestions [role=option]");
        await Expect(options).ToHaveCountAsync(2);
        (await options.AllTextContentsAsync()).ShouldAllBe(text => text.Contains("验收合格率") && text.Contains("共性 · 单位 % · ="));
        (await name.GetAttributeAsync("aria-controls")).ShouldBe("js-suggestions");
        await page.Keyboard.PressAsync("ArrowDown");
        (await name.GetAttributeAsync("aria-activedescendant")).ShouldBe("js-suggestion-0");
        await name.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Artefacts.PathOf("editor-library-suggestions.png") }); // for people to look at
        await page.Keyboard.PressAsync("Enter");

        await Expect(name).ToHaveValueAsync("工程验收合格率");
        await Expect(page.Locator("#js-suggestions")).ToBeHiddenAsync();
        (await row.Locator("[name$='.Nature']").InputValueAsync()).ShouldBe("Quantitative");
        (await row.Locator("[name$='.Annual.Comparator']").InputValueAsync()).ShouldBe("Equal");
        (await row.Locator("[name$='.Annual.Unit']").InputValueAsync()).ShouldBe("%");
        (await row.Locator("[name$='.Direction']").InputValueAsync()).ShouldBe("Positive");
        (await row.Locator("[name$='.Description']").InputValueAsync()).ShouldBe("验收合格的单位工程数÷验收单位工程总数×100%");
        await row.Locator("[name$='.Annual.Value']").FillAsync("100");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await page.Locator(".alert-success").WaitForAsync();

        var saved = page.Locator("[data-rows='indicators'] tbody.editor-row").Last;
        (await saved.Locator("textarea[data-library]").InputValueAsync()).ShouldBe("工程验收合格率");
        (await saved.Locator("[name$='.Annual.Unit']").InputValueAsync()).ShouldBe("%");
        (await saved.Locator("[name$='.Annual.Comparator']").InputValueAsync()).ShouldBe("Equal");
    }

    [Fact]
    public async Task Dates_are_typed_and_shown_as_year_month_day_in_a_browser_whose_language_is_english()
    {
        var context = await session.NewContextAsync(1366, 768, locale: "en-US");
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("用户名").FillAsync("filer-shanhaiguan");
        await page.GetByLabel("密码").FillAsync(BrowserSession.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync("**/declarations");
        await page.GotoAsync("/declarations/new");
        await page.GetByLabel("预算年度").FillAsync("2037");
        await page.GetByLabel("项目名称").FillAsync("网络文明宣传（日期）");
        await page.GetByLabel("项目属性").SelectOptionAsync(new SelectOptionValue { Label = "新增项目" });
        await page.GetByRole(AriaRole.Button, new() { Name = "新建并填写" }).ClickAsync();
        await page.WaitForURLAsync("**/edit");
        var start = page.GetByLabel("开始日期");
        var filled = page.GetByLabel("填报日期");
        (await start.GetAttributeAsync("placeholder"))!.ShouldContain("2023-01-05");

        await start.FillAsync("2023/1/5");
        await filled.FillAsync("2023年1月20日");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await page.Locator(".alert-success").WaitForAsync();

        (await start.InputValueAsync()).ShouldBe("2023-01-05");
        (await filled.InputValueAsync()).ShouldBe("2023-01-20");
        await start.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Artefacts.PathOf("editor-dates-en-US.png") }); // for people to look at

        await start.FillAsync("2023-13-01");
        (await start.EvaluateAsync<bool>("f => f.validity.patternMismatch")).ShouldBeFalse("the pattern reads the form, the server judges the day");
        await Expect(page.Locator("#Input_StartDate ~ .invalid-feedback")).ToHaveTextAsync("开始日期“2023-13-01”无法识别：请按 年-月-日 填写，如 2023-01-05。");
        await start.FillAsync("05/01/2023");
        (await start.EvaluateAsync<bool>("f => f.validity.patternMismatch")).ShouldBeTrue("a day in another order is marked as typed");
    }
}
