using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace PerfTargets.Browser.Tests;

/// <summary>
/// Whole journeys as people take them in the browser, on PostgreSQL. Each works on declarations
/// of its own name, so that the other tests (sharing the application, in any order) find theirs.
/// </summary>
[Collection(SharedBrowser.Name)]
public class JourneyTests(BrowserSession session, ITestOutputHelper output) : BrowserTest
{
    protected override BrowserSession Session => session;

    private const string Shanhaiguan = "中共山海关区委网络安全和信息化委员会办公室";

    /// <summary>Seed 004's first project, as its form prints it; the journey types it in.</summary>
    private static readonly (string Level1, string Level2, string Name, string Value, string Description)[] Indicators =
    [
        ("产出指标", "质量指标", "舆情信息监看、收集和应急处置。", "95", "通过舆情监看收集全区网络舆情，进行筛选、分析、研判，上报。做好突发事件网络舆情处置工作，正确引导舆论导向。"),
        ("效果指标", "社会效益指标", "网络安全管理", "95", "做好网络安全宣传周和网络安全联合检查工作，加强网络信息安全防护。"),
        // The seed form repeats the description of the row above here; the reviewer returns it for that.
        ("满意度指标", "服务对象满意度指标", "广大群众满意度", "90", "做好网络安全宣传周和网络安全联合检查工作，加强网络信息安全防护。"),
    ];

    private const string BudgetPurpose = "加强网络舆情应急处置和引导管理，指导推动网络文明志愿者队伍建设，维护网络意识形态安全，指导、检查、推动各部门、各单位网络安全和信息化工作。";
    private const string AnnualGoal = "弘扬主旋律，汇聚正能量，营造良好的网络舆论氛围，发展健康向上的网络文化，利用新媒体项目做大做强正面宣传，占领网络意识形态阵地。";

    private static ILocator IndicatorRows(IPage page) => page.Locator("[data-rows='indicators'] tbody.editor-row");

    private static Task SaveAsync(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();

    /// <summary>Clears a field and types into it key by key, as a user does (the page's input handlers see every key).</summary>
    private static async Task TypeAsync(ILocator field, string text)
    {
        await field.ClearAsync();
        await field.PressSequentiallyAsync(text);
    }

    /// <summary>新建申报表 for the filer's own department; lands in the editor of the new draft and returns its id.</summary>
    private static async Task<string> CreateAsync(IPage filer, string year, string name)
    {
        await filer.GotoAsync("/declarations");
        await filer.GetByRole(AriaRole.Link, new() { Name = "新建申报表" }).ClickAsync();
        await TypeAsync(filer.GetByLabel("预算年度"), year);
        await TypeAsync(filer.GetByLabel("项目名称"), name);
        (await filer.GetByLabel("填报单位").Locator("option:checked").TextContentAsync())!.ShouldStartWith(Shanhaiguan);
        await filer.GetByLabel("项目属性").SelectOptionAsync(new SelectOptionValue { Label = "新增项目" });
        await filer.GetByLabel("指标体系").SelectOptionAsync(new SelectOptionValue { Label = "地方版（效果指标）" });
        await filer.GetByLabel("金额单位").SelectOptionAsync(new SelectOptionValue { Label = "元" });
        await filer.GetByRole(AriaRole.Button, new() { Name = "新建并填写" }).ClickAsync();
        await filer.WaitForURLAsync("**/edit");
        return filer.Url.Split('/')[^2];
    }

    [Fact]
    public async Task A_filer_types_in_seed_004s_project_is_returned_once_fixes_it_and_both_sections_approve_it_then_prints_and_copies_it()
    {
        const string project = "网络舆情综合管理（旅程）";
        var filer = await session.NewPageAsync("filer-shanhaiguan");
        var id = await CreateAsync(filer, "2023", project);
        (await filer.Locator("main h1").TextContentAsync()).ShouldBe("编辑申报表");

        // The header, the money and the plan, typed field by field.
        await TypeAsync(filer.GetByLabel("项目编码"), "224-0501-JBN-BOVO");
        await TypeAsync(filer.GetByLabel("资金用途"), BudgetPurpose);
        var annualTotal = filer.Locator("input[name='Input.AnnualFunding.Amounts[Total]']");
        await TypeAsync(annualTotal, "100000");
        await TypeAsync(filer.Locator("input[name='Input.AnnualFunding.Amounts[Fiscal]']"), "100000");
        (await annualTotal.InputValueAsync()).ShouldBe("100,000.00", "an amount is shown with separators once left");
        foreach (var (field, percent) in new[] { ("3月底", "25"), ("6月底", "60"), ("10月底", "90"), ("12月底", "100") })
        {
            await TypeAsync(filer.GetByLabel(field, new() { Exact = true }), percent);
        }

        // One budget line, first with a slip of a zero: the total and its difference show as typed.
        await filer.GetByRole(AriaRole.Button, new() { Name = "＋ 添加明细行" }).ClickAsync();
        var line = filer.Locator("[data-rows='budget-lines'] tr.editor-row").Last;
        await TypeAsync(line.GetByLabel("支出明细项目"), "舆情监测及应急处置服务");
        await TypeAsync(line.GetByLabel("金额"), "10000");
        (await filer.Locator(".js-lines-total").TextContentAsync()).ShouldBe("10,000.00");
        (await filer.Locator(".js-lines-check").TextContentAsync()).ShouldBe("✗ 年度资金总额 100,000.00 元，少 90,000.00 元");

        await TypeAsync(filer.GetByLabel("年度目标"), AnnualGoal);
        foreach (var (level1, level2, name, value, description) in Indicators)
        {
            await filer.GetByRole(AriaRole.Button, new() { Name = "＋ 添加三级指标" }).ClickAsync();
            var row = IndicatorRows(filer).Last;
            await row.GetByLabel("一级指标").SelectOptionAsync(level1);
            await row.GetByLabel("二级指标").SelectOptionAsync(level2);
            await TypeAsync(row.GetByLabel("三级指标"), name);
            await row.GetByLabel("年度比较符").SelectOptionAsync(new SelectOptionValue { Label = "≥" });
            await TypeAsync(row.GetByLabel("年度指标值"), value);
            await TypeAsync(row.GetByLabel("年度计量单位"), "%");
            await TypeAsync(row.GetByLabel("指标内容（指标解释）"), description);
        }

        (await filer.Locator(".js-indicator-count").TextContentAsync()).ShouldBe("3");

        // Saved with the slip: stored as a draft, the rule names both sums; submission waits for the fix.
        await SaveAsync(filer);
        await filer.Locator(".alert-success").WaitForAsync();
        var problems = filer.Locator("#problems");
        (await problems.TextContentAsync())!.ShouldContain("预算明细合计 10,000.00 元，与年度资金总额 100,000.00 元不符，少 90,000.00 元。");
        (await problems.TextContentAsync())!.ShouldContain("[R01]");
        await filer.GotoAsync($"/declarations/{id}");
        (await filer.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).IsDisabledAsync()).ShouldBeTrue();
        (await filer.Locator("main").TextContentAsync())!.ShouldContain("还有 1 处错误，改正后才能提交审核。");

        await filer.GetByRole(AriaRole.Link, new() { Name = "编辑", Exact = true }).ClickAsync();
        await TypeAsync(filer.Locator("[data-rows='budget-lines'] tr.editor-row").Last.GetByLabel("金额"), "100000");
        (await filer.Locator(".js-lines-total").TextContentAsync()).ShouldBe("100,000.00");
        (await filer.Locator(".js-lines-check").TextContentAsync()).ShouldBe("✓ 等于年度资金总额 100,000.00 元");
        await SaveAsync(filer);
        await filer.Locator(".alert-success").WaitForAsync();
        // No error is left; the review checks' 提示 (no 项目期, no 成本指标 …) do not stop submission.
        (await problems.TextContentAsync())!.ShouldNotContain("错误");

        // 提交审核, and the first section returns it.
        await filer.GotoAsync($"/declarations/{id}");
        await filer.GetByRole(AriaRole.Link, new() { Name = "提交审核" }).ClickAsync();
        (await filer.Locator("#summary-next").TextContentAsync()).ShouldBe("提交后由业务股室审核。");
        await filer.GetByRole(AriaRole.Button, new() { Name = "确认提交" }).ClickAsync();
        (await filer.Locator("main .alert-success").TextContentAsync())!.ShouldContain("已提交，等待审核");
        (await filer.Locator("main h1 + div .badge").TextContentAsync()).ShouldBe("待业务股室审核");

        const string reason = "“广大群众满意度”的指标内容照抄了“网络安全管理”，请写明满意度如何调查。";
        var business = await session.NewPageAsync("reviewer-business");
        await business.GetByRole(AriaRole.Link, new() { Name = "待审" }).First.ClickAsync();
        await business.Locator($"a[href='/review/{id}']").ClickAsync();
        (await business.Locator("main").TextContentAsync())!.ShouldContain("224-0501-JBN-BOVO");
        await business.Locator("#Opinion").FillAsync(reason);
        await business.GetByRole(AriaRole.Button, new() { Name = "退回修改" }).ClickAsync();
        await business.WaitForURLAsync("**/review");

        // The filer reads why, fixes that row and submits again.
        await filer.GotoAsync($"/declarations/{id}");
        (await filer.Locator("#returned").TextContentAsync())!.ShouldContain(reason);
        (await filer.Locator("#returned").TextContentAsync())!.ShouldContain("业务股室");
        await filer.GetByRole(AriaRole.Link, new() { Name = "编辑", Exact = true }).ClickAsync();
        (await filer.Locator("#returned").TextContentAsync())!.ShouldContain(reason);
        const string fixedDescription = "通过网上问卷和回访调查群众对全区网络舆论环境的满意程度。";
        await TypeAsync(IndicatorRows(filer).Nth(2).GetByLabel("指标内容（指标解释）"), fixedDescription);
        await SaveAsync(filer);
        await filer.Locator(".alert-success").WaitForAsync();
        await filer.GetByRole(AriaRole.Link, new() { Name = "查看", Exact = true }).ClickAsync();
        await filer.GetByRole(AriaRole.Link, new() { Name = "提交审核" }).ClickAsync();
        (await filer.Locator("#summary-next").TextContentAsync()).ShouldBe("提交后直接回到退回它的业务股室审核。");
        await filer.GetByRole(AriaRole.Button, new() { Name = "确认提交" }).ClickAsync();
        (await filer.Locator("main h1 + div .badge").TextContentAsync()).ShouldBe("待业务股室审核", "a resubmission goes back to the section that returned it");

        var performance = await session.NewPageAsync("reviewer-performance");
        await performance.GotoAsync("/review");
        (await performance.Locator($"a[href='/review/{id}']").CountAsync()).ShouldBe(0);

        // Each section sees what changed and stamps it.
        await business.GotoAsync("/review");
        await business.Locator($"a[href='/review/{id}']").ClickAsync();
        var changes = business.Locator("#changes");
        (await changes.TextContentAsync())!.ShouldContain("自第 1 版（退回的版本）以来的修改：1 处");
        (await changes.TextContentAsync())!.ShouldContain(fixedDescription);
        await business.Locator("#Opinion").FillAsync("已按意见修改，同意。");
        await business.GetByRole(AriaRole.Button, new() { Name = "通过（盖章）" }).ClickAsync();
        await business.WaitForURLAsync("**/review");
        (await business.Locator("main .alert-success").TextContentAsync()).ShouldBe("已审核通过并盖章。");

        await performance.GotoAsync("/review");
        await performance.Locator($"a[href='/review/{id}']").ClickAsync();
        await performance.Locator("#Opinion").FillAsync("同意批复。");
        await performance.GetByRole(AriaRole.Button, new() { Name = "通过（盖章）" }).ClickAsync();
        await performance.WaitForURLAsync("**/review");

        await filer.GotoAsync($"/declarations/{id}");
        (await filer.Locator("main h1 + div .badge").TextContentAsync())!.ShouldContain("已批复");
        var steps = filer.Locator("#history ~ ol li");
        (await steps.EvaluateAllAsync<string[]>("items => items.map(li => li.dataset.event)")).ShouldBe(["Submitted", "Returned", "Submitted", "Approved", "Approved"]);
        (await filer.Locator("#history ~ ol img.seal-stamp").CountAsync()).ShouldBe(4, "the department's stamp on each submission, each section's on its approval");
        var history = (await filer.Locator("#history ~ ol").TextContentAsync())!;
        history.ShouldContain(reason);
        history.ShouldContain("已按意见修改，同意。");
        history.ShouldContain("同意批复。");

        // 打印 PDF, in the layout chosen beside it, delivers the form as the approved version prints.
        await filer.GetByLabel("打印格式").SelectOptionAsync("budget");
        var download = await filer.RunAndWaitForDownloadAsync(() => filer.GetByRole(AriaRole.Button, new() { Name = "打印 PDF" }).ClickAsync());
        (await filer.Locator(".pdf-status").TextContentAsync())!.ShouldContain("已下载");
        download.SuggestedFilename.ShouldBe($"2023年度-{project}-绩效目标申报表.pdf");
        var pdfPath = Artefacts.PathOf("journey-approved-budget.pdf");
        await download.SaveAsAsync(pdfPath);
        var printed = PdfText.Of(await File.ReadAllBytesAsync(pdfPath));
        output.WriteLine($"PDF text: {printed}");
        foreach (var text in new[] { "绩效目标表", project, "224-0501-JBN-BOVO", Shanhaiguan, "舆情信息监看、收集和应急处置。", "广大群众满意度", fixedDescription, "25", "60" })
        {
            printed.ShouldContain(text);
        }

        printed.ShouldNotContain("草稿");

        // The approval mark's address, as printed, answers for the approved version, to anyone.
        var hash = await filer.Locator("#history ~ ol li[data-event=Approved] code").Last.GetAttributeAsync("title");
        var address = Regex.Match(printed, "核验网址：(http[^扫]+)扫描").Groups[1].Value;
        address.ShouldStartWith($"{session.BaseUrl}/verify/{hash}?s=");
        var anyone = await (await session.NewContextAsync(1366, 768)).NewPageAsync();
        await anyone.GotoAsync(address);
        (await anyone.Locator("#verdict").TextContentAsync()).ShouldBe("经核验，该内容哈希是本系统中已批复的申报表版本的内容哈希。");
        (await anyone.Locator("#signature").TextContentAsync())!.ShouldStartWith("核验码一致");
        (await anyone.Locator("#approved").TextContentAsync())!.ShouldContain(project);
        (await anyone.Locator("#sections li").AllTextContentsAsync()).ShouldBe(["业务股室", "绩效管理股"]);

        // 复制为新年度: next year's draft, a continuing project with everything but the review.
        await filer.GetByRole(AriaRole.Link, new() { Name = "复制为新年度" }).ClickAsync();
        (await filer.GetByLabel("新的预算年度").InputValueAsync()).ShouldBe("2024");
        await filer.GetByRole(AriaRole.Button, new() { Name = "复制" }).ClickAsync();
        await filer.WaitForURLAsync("**/edit");
        var copy = filer.Url.Split('/')[^2];
        copy.ShouldNotBe(id);
        (await filer.GetByLabel("预算年度").InputValueAsync()).ShouldBe("2024");
        (await filer.GetByLabel("项目名称").InputValueAsync()).ShouldBe(project);
        (await filer.GetByLabel("项目属性").Locator("option:checked").TextContentAsync()).ShouldBe("延续项目");
        (await annualTotal.InputValueAsync()).ShouldBe("100,000.00");
        (await IndicatorRows(filer).Nth(2).GetByLabel("指标内容（指标解释）").InputValueAsync()).ShouldBe(fixedDescription);
        await filer.GotoAsync($"/declarations/{copy}");
        (await filer.Locator("main h1 + div .badge").TextContentAsync()).ShouldBe("草稿");
        (await filer.Locator("#history ~ ol li").CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Seed_001_shows_its_budget_lines_short_of_the_year_and_another_departments_filer_gets_a_chinese_404()
    {
        var portal = await session.NewPageAsync("filer-portal");
        await portal.GotoAsync("/declarations");
        await portal.GetByRole(AriaRole.Link, new() { Name = "新媒体软课题费", Exact = true }).ClickAsync();
        var url = portal.Url;

        var r01 = portal.Locator("#problems li").Filter(new() { HasText = "R01" });
        Shown(await r01.Locator("a").First.TextContentAsync()).ShouldBe("错误 [R01] 预算明细合计 200,000.00 元，与年度资金总额 449,000.00 元不符，少 249,000.00 元。");
        (await r01.GetByRole(AriaRole.Link, new() { Name = "说明" }).GetAttributeAsync("href")).ShouldBe("/rules#R01");
        (await portal.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).IsDisabledAsync()).ShouldBeTrue();

        var other = await session.NewPageAsync("filer-shanhaiguan");
        var response = await other.GotoAsync(url);
        response!.Status.ShouldBe(404);
        (await other.Locator("main h1").TextContentAsync()).ShouldBe("找不到该页面");
        (await other.Locator("main").TextContentAsync())!.ShouldContain("您要找的申报表或页面不存在，可能已被删除或地址有误。");
        (await other.Locator("main").TextContentAsync())!.ShouldNotContain("新媒体软课题费");
        (await other.TitleAsync()).ShouldContain("找不到该页面");
    }

    [Fact]
    public async Task An_indicator_row_is_entered_and_saved_with_the_keyboard_alone()
    {
        var filer = await session.NewPageAsync("filer-shanhaiguan");
        await CreateAsync(filer, "2023", "网络文明志愿服务（键盘）");
        var addIndicator = filer.GetByRole(AriaRole.Button, new() { Name = "＋ 添加三级指标" });

        // Tab from the top of the page, as a keyboard user goes, to 添加三级指标 (a bounded walk).
        await filer.Keyboard.PressAsync("Tab");
        for (var presses = 1; !await addIndicator.EvaluateAsync<bool>("b => b === document.activeElement"); presses++)
        {
            presses.ShouldBeLessThan(400, "添加三级指标 is reachable with Tab");
            await filer.Keyboard.PressAsync("Tab");
        }

        await filer.Keyboard.PressAsync("Enter");
        var row = IndicatorRows(filer).Last;
        (await row.GetByLabel("一级指标").EvaluateAsync<bool>("s => s === document.activeElement")).ShouldBeTrue("a new row takes the focus at its first field");

        await ChooseWithArrowsAsync(filer, row.GetByLabel("一级指标"), "效果指标");
        await filer.Keyboard.PressAsync("Tab");
        await ChooseWithArrowsAsync(filer, row.GetByLabel("二级指标"), "社会效益指标");
        await filer.Keyboard.PressAsync("Tab");
        await filer.Keyboard.TypeAsync("网络文明志愿者注册人数");
        await filer.Keyboard.PressAsync("Tab"); // 定量, as it stands
        await filer.Keyboard.PressAsync("Tab"); // 不适用, unticked; a new declaration is annual-only, its 中期 cells hidden
        await filer.Keyboard.PressAsync("Tab");
        await ChooseWithArrowsAsync(filer, row.GetByLabel("年度比较符"), "≥");
        await filer.Keyboard.PressAsync("Tab");
        await filer.Keyboard.TypeAsync("300");
        await filer.Keyboard.PressAsync("Tab");
        await filer.Keyboard.TypeAsync("人");
        (await row.GetByLabel("年度计量单位").EvaluateAsync<bool>("s => s === document.activeElement")).ShouldBeTrue();

        // Enter in a field saves the form, as in any form.
        await filer.Keyboard.PressAsync("Enter");
        await filer.Locator(".alert-success").WaitForAsync();

        var saved = IndicatorRows(filer).Last;
        (await saved.GetByLabel("一级指标").InputValueAsync()).ShouldBe("效果指标");
        (await saved.GetByLabel("二级指标").InputValueAsync()).ShouldBe("社会效益指标");
        (await saved.GetByLabel("三级指标").InputValueAsync()).ShouldBe("网络文明志愿者注册人数");
        (await saved.GetByLabel("定量或定性").Locator("option:checked").TextContentAsync()).ShouldBe("定量");
        (await saved.GetByLabel("年度比较符").Locator("option:checked").TextContentAsync()).ShouldBe("≥");
        (await saved.GetByLabel("年度指标值").InputValueAsync()).ShouldBe("300");
        (await saved.GetByLabel("年度计量单位").InputValueAsync()).ShouldBe("人");
        (await filer.Locator(".js-indicator-count").TextContentAsync()).ShouldBe("1");
    }

    /// <summary>Text as the page shows it: runs of white space (the markup's indentation) read as one space.</summary>
    private static string Shown(string? text) => Regex.Replace(text ?? string.Empty, @"\s+", " ").Trim();

    /// <summary>Arrow Down on a focused, closed select steps its choice (Chromium on Linux) until it reads <paramref name="label"/>.</summary>
    private static async Task ChooseWithArrowsAsync(IPage page, ILocator select, string label)
    {
        (await select.EvaluateAsync<bool>("s => s === document.activeElement")).ShouldBeTrue();
        var options = await select.Locator("option").AllTextContentsAsync();
        options.ShouldContain(label);
        for (var presses = 0; (await select.Locator("option:checked").TextContentAsync())?.Trim() != label; presses++)
        {
            presses.ShouldBeLessThan(options.Count, $"{label} is reached with Arrow Down");
            await page.Keyboard.PressAsync("ArrowDown");
        }
    }
}
