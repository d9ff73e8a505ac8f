using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PerfTargets.Browser.Tests;

/// <summary>What a keyboard user, a laptop screen and a slow PDF look like in a real browser.</summary>
[Collection(SharedBrowser.Name)]
public partial class UsabilityTests(BrowserSession session) : BrowserTest
{
    protected override BrowserSession Session => session;

    private const string Filer = "filer-shanhaiguan";
    private const string Project = "网络舆情综合管理";

    private async Task<IPage> LaptopPageAsync(string user)
    {
        var page = await session.NewPageAsync(user);
        await page.SetViewportSizeAsync(1366, 768);
        return page;
    }

    private static async Task<string> OpenDeclarationAsync(IPage page)
    {
        await page.GotoAsync("/declarations");
        await page.GetByRole(AriaRole.Link, new() { Name = Project, Exact = true }).First.ClickAsync();
        // The address alone, polled: waiting for the page's load event as well timed out once on a loaded machine.
        await Expect(page).ToHaveURLAsync(new Regex(@"/declarations/\d+$"));
        // Its scripts have run (they run before DOMContentLoaded): the print form works without pdf.js
        // by opening the PDF in a new tab, which a click made before the script took over would do.
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        return page.Url;
    }

    private static Task<bool> ScrollsSidewaysAsync(IPage page) =>
        page.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth");

    [Fact]
    public async Task The_list_the_view_and_the_editor_fit_a_1366_pixel_screen()
    {
        var page = await LaptopPageAsync(Filer);

        await page.GotoAsync("/declarations");
        (await ScrollsSidewaysAsync(page)).ShouldBeFalse("list");
        var view = await OpenDeclarationAsync(page);
        (await ScrollsSidewaysAsync(page)).ShouldBeFalse("view");
        await page.GotoAsync(view + "/edit");
        (await ScrollsSidewaysAsync(page)).ShouldBeFalse("editor");
    }

    [Fact]
    public async Task The_first_Tab_reaches_the_skip_link_and_a_focused_field_shows_an_outline()
    {
        var page = await LaptopPageAsync(Filer);
        await page.GotoAsync("/declarations");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator(":focus");
        (await skip.TextContentAsync()).ShouldBe("跳到主要内容");
        (await skip.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle")).ShouldNotBe("none");
        (await skip.IsVisibleAsync()).ShouldBeTrue();
        await page.Keyboard.PressAsync("Enter");
        (await page.EvaluateAsync<string>("document.activeElement.id")).ShouldBe("main");

        await page.GotoAsync("/declarations/new");
        var name = page.Locator("#Input_ProjectName");
        await name.FocusAsync();
        (await name.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle")).ShouldNotBe("none");
        (await name.EvaluateAsync<string>("e => getComputedStyle(e).outlineWidth")).ShouldNotBe("0px");
    }

    [Fact]
    public async Task A_moved_editor_row_is_renamed_with_its_new_row_number()
    {
        var page = await LaptopPageAsync(Filer);
        await page.GotoAsync(await OpenDeclarationAsync(page) + "/edit");
        var first = page.Locator("[data-rows='indicators'] .editor-row").First;
        var name = await first.Locator("textarea[aria-label$=' 三级指标']").InputValueAsync();

        await first.Locator(".js-move-down").ClickAsync();

        var moved = page.Locator("[data-rows='indicators'] .editor-row").Nth(1).Locator("textarea[aria-label$=' 三级指标']");
        (await moved.InputValueAsync()).ShouldBe(name);
        (await moved.GetAttributeAsync("aria-label")).ShouldBe("第2行 三级指标");
        (await page.Locator("[data-rows='indicators'] .editor-row").First.Locator("textarea[aria-label$=' 三级指标']").GetAttributeAsync("aria-label")).ShouldBe("第1行 三级指标");
    }

    [Fact]
    public async Task The_department_PDF_says_it_is_being_made_until_the_PDF_arrives()
    {
        var page = await LaptopPageAsync(Filer);
        await page.GotoAsync("/declarations");
        await page.GetByRole(AriaRole.Link, new() { Name = "2023年", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/goals/2023");

        // The server's answer is held back until the status has been read: no timing involved.
        var release = new TaskCompletionSource();
        await page.RouteAsync("**/goals/2023/pdf**", async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });
        var button = page.GetByRole(AriaRole.Button, new() { Name = "打印 PDF" });
        var status = page.Locator(".print-form .pdf-status");
        var answer = page.WaitForResponseAsync(r => r.Url.Contains("/goals/2023/pdf", StringComparison.Ordinal));
        var download = page.WaitForDownloadAsync();

        await button.ClickAsync();
        await Assertions.Expect(status).ToHaveTextAsync(Generating());
        (await button.IsDisabledAsync()).ShouldBeTrue();
        (await status.GetAttributeAsync("aria-live")).ShouldBe("polite");
        release.SetResult();

        (await (await answer).HeaderValueAsync("content-type")).ShouldBe("application/pdf");
        (await download).SuggestedFilename.ShouldEndWith("绩效目标.pdf");
        await Assertions.Expect(status).ToContainTextAsync("PDF 已生成");
        (await button.IsDisabledAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task A_PDF_the_server_refuses_is_explained_in_words()
    {
        var page = await LaptopPageAsync(Filer);
        await OpenDeclarationAsync(page);
        await page.Locator("#print-layout").EvaluateAsync("s => s.add(new Option('不存在', 'no-such-layout', true, true))");

        await page.GetByRole(AriaRole.Button, new() { Name = "打印 PDF" }).ClickAsync();

        var status = page.Locator(".print-form .pdf-status");
        await Assertions.Expect(status).ToContainTextAsync("未能生成 PDF：打印格式不存在");
        (await status.TextContentAsync())!.ShouldContain("HTTP 404");
    }

    [Fact]
    public async Task Printing_a_declaration_leaves_out_the_controls_and_borders_its_tables()
    {
        var page = await LaptopPageAsync(Filer);
        await OpenDeclarationAsync(page);

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        (await page.Locator("header").EvaluateAsync<string>("e => getComputedStyle(e).display")).ShouldBe("none");
        (await page.Locator(".print-form").EvaluateAsync<string>("e => getComputedStyle(e).display")).ShouldBe("none");
        (await page.Locator(".skip-link").EvaluateAsync<string>("e => getComputedStyle(e).display")).ShouldBe("none");
        var cell = page.Locator("table.indicator-tree td").First;
        (await cell.EvaluateAsync<string>("e => getComputedStyle(e).borderTopStyle")).ShouldBe("solid");
        (await cell.EvaluateAsync<string>("e => getComputedStyle(e).color")).ShouldBe("rgb(0, 0, 0)");
        (await page.Locator("table.indicator-tree tr").First.EvaluateAsync<string>("e => getComputedStyle(e).breakInside")).ShouldBe("avoid");
    }

    [Fact]
    public async Task Json_import_and_export_are_under_more_not_among_a_clerks_main_buttons()
    {
        var page = await LaptopPageAsync(Filer);
        await page.GotoAsync("/declarations");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "导入 JSON" })).ToBeHiddenAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "更多" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "导入 JSON（从另一套系统）" }).ClickAsync();
        await page.WaitForURLAsync("**/declarations/import");

        await OpenDeclarationAsync(page);
        var export = page.GetByRole(AriaRole.Link, new() { Name = "导出 JSON（可导入另一套系统）" });
        await Expect(export).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "更多" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(export).ToBeVisibleAsync();
        (await export.GetAttributeAsync("href"))!.ShouldEndWith("/export");
    }

    [GeneratedRegex(@"^正在生成 PDF…（共 \d+ 份申报表）$")]
    private static partial Regex Generating();
}
