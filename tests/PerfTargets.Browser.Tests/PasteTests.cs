using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using PerfTargets.Testing.Pasting;
using static Microsoft.Playwright.Assertions;

namespace PerfTargets.Browser.Tests;

/// <summary>从Excel粘贴 in a real browser: a block copied from a spreadsheet fills the grid, 撤销粘贴 restores it, a save keeps it.</summary>
[Collection(SharedBrowser.Name)]
public class PasteTests(BrowserSession session) : BrowserTest
{
    protected override BrowserSession Session => session;

    /// <summary>Pastes as Ctrl+V does: a paste event carrying the text, at the element that has the focus.</summary>
    private static async Task PasteAsync(ILocator target, string text)
    {
        await target.FocusAsync();
        await target.EvaluateAsync(
            "(element, text) => { const data = new DataTransfer(); data.setData('text/plain', text); element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })); }",
            text);
    }

    [Fact]
    public async Task Seed_002s_indicator_block_pasted_into_a_new_declaration_is_undone_then_pasted_again_and_saved_equal_to_the_seed()
    {
        var page = await session.NewPageAsync("filer-suzhou");
        await page.GotoAsync("/declarations/new");
        await page.GetByLabel("预算年度").FillAsync("2038");
        await page.GetByLabel("项目名称").FillAsync("网络安全和信息化工作经费（粘贴）");
        await page.GetByLabel("项目属性").SelectOptionAsync(new SelectOptionValue { Label = "延续项目" });
        await page.GetByLabel("指标体系").SelectOptionAsync(new SelectOptionValue { Label = "2015版（财预〔2015〕88号）" });
        await page.GetByRole(AriaRole.Button, new() { Name = "新建并填写" }).ClickAsync();
        await page.WaitForURLAsync("**/edit");
        var id = page.Url.Split('/')[^2];
        await page.GetByLabel("只填年度", new() { Exact = false }).UncheckAsync(); // seed 002 is a multi-year project
        var rows = page.Locator("[data-rows='indicators'] tbody.editor-row");
        var status = page.Locator(".js-paste-status[data-for='indicators']");
        var before = await rows.CountAsync();

        await PasteAsync(page.GetByRole(AriaRole.Button, new() { Name = "＋ 添加三级指标" }), ClipboardBlocks.Seed002Indicators);

        await Expect(status).ToContainTextAsync("已粘贴 13 行");
        (await rows.CountAsync()).ShouldBe(before + 13);
        (await rows.Nth(before + 6).Locator("textarea[name$='.Name']").InputValueAsync()).ShouldBe("处置重点网络安全应急事件时限");
        (await rows.Nth(before + 6).Locator("select[name$='.Annual.Comparator'] option:checked").TextContentAsync()).ShouldBe("≤");
        (await rows.Nth(before + 12).Locator("select.js-level1").InputValueAsync()).ShouldBe("满意度指标");
        await page.ScreenshotAsync(new() { Path = Artefacts.PathOf("editor-pasted.png"), FullPage = true }); // for people to look at

        await page.GetByRole(AriaRole.Button, new() { Name = "撤销粘贴" }).ClickAsync();
        await Expect(status).ToContainTextAsync("已撤销粘贴");
        (await rows.CountAsync()).ShouldBe(before);

        // Pasted again, into a row the filer added: the block fills it and adds the rest.
        await page.GetByRole(AriaRole.Button, new() { Name = "＋ 添加三级指标" }).ClickAsync();
        await PasteAsync(rows.Last.Locator("textarea[name$='.Name']"), ClipboardBlocks.Seed002Indicators);
        await Expect(status).ToContainTextAsync("已粘贴 13 行（新增 12 行）");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await page.Locator(".alert-success").WaitForAsync();

        var saved = JsonNode.Parse(await page.EvaluateAsync<string>("async (id) => (await fetch(`/api/v1/declarations/${id}`)).text()", id))!;
        var seed = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "DemoData", "seed-002-suzhou.json")))!["declarations"]![0]!;
        Indicators(saved).ShouldBe(Indicators(seed));
    }

    [Fact]
    public async Task An_unreadable_target_is_marked_where_it_was_pasted_and_named_in_the_status()
    {
        var page = await session.NewPageAsync("filer-shanhaiguan");
        await page.GotoAsync("/declarations");
        await page.GetByRole(AriaRole.Link, new() { Name = "网络阵地建设和内容管理", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "编辑", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/edit");
        var rows = page.Locator("[data-rows='indicators'] tbody.editor-row");
        var last = await rows.CountAsync() - 1;

        await PasteAsync(rows.Nth(last).Locator("textarea[name$='.Name']"), "巡查次数\t≥9.5.1%\r\n处置时限\t≤2天");

        var status = page.Locator(".js-paste-status[data-for='indicators']");
        await Expect(status).ToContainTextAsync("有 1 处无法识别");
        // 中期 or, on an annual-only form, 年度: the first target box after 三级.
        var marked = rows.Nth(last).Locator("textarea.value.is-invalid");
        await Expect(marked).ToHaveCountAsync(1);
        (await marked.InputValueAsync()).ShouldBe("≥9.5.1%");
        (await status.TextContentAsync())!.ShouldContain("不是有效的指标值");
        await page.GetByRole(AriaRole.Button, new() { Name = "撤销粘贴" }).ClickAsync();
        await Expect(marked).ToHaveCountAsync(0);
        await Expect(rows).ToHaveCountAsync(last + 1);
    }

    /// <summary>Each indicator's tree, name, nature and both targets, as the JSON of the API and of the seed file write them.</summary>
    private static List<string> Indicators(JsonNode declaration) =>
        [.. declaration["indicators"]!.AsArray().Select(i => string.Join("|",
            (string?)i!["level1"], (string?)i["level2"], (string?)i["name"], (string?)i["nature"], Target(i["midTerm"]), Target(i["annual"])))];

    private static string Target(JsonNode? target) =>
        $"{(string?)target?["comparator"]}:{target?["value"]?.GetValue<decimal>().ToString("0.######", CultureInfo.InvariantCulture)}:{(string?)target?["text"]}:{(string?)target?["unit"]}";
}
