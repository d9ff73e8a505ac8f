using Microsoft.Playwright;
using PerfTargets.Core.Taxonomy;
using static Microsoft.Playwright.Assertions;

namespace PerfTargets.Browser.Tests;

/// <summary>二级指标填写说明 beside the indicator rows: it follows the row being filled and links to the rule catalogue.</summary>
[Collection(SharedBrowser.Name)]
public class GuidancePanelTests(BrowserSession session) : BrowserTest
{
    protected override BrowserSession Session => session;

    [Fact]
    public async Task The_panel_says_what_belongs_under_the_row_s_level_two_follows_it_and_links_to_the_rules_on_a_1366_pixel_screen()
    {
        var page = await session.NewPageAsync("filer-shanhaiguan");
        await page.SetViewportSizeAsync(1366, 768);
        await NewDeclaration.CreateAsync(page, "2039", "填写说明面板");
        var add = page.GetByRole(AriaRole.Button, new() { Name = "＋ 添加三级指标" });
        for (var i = 0; i < 4; i++)
        {
            await add.ClickAsync();
        }

        var row = page.Locator("[data-rows='indicators'] tbody.editor-row").First;
        await row.Locator(".js-level1").SelectOptionAsync("产出指标");
        await row.Locator(".js-level2").SelectOptionAsync("质量指标");
        var name = row.Locator("textarea[data-library]");
        await name.FocusAsync();

        var panel = page.GetByRole(AriaRole.Complementary, new() { Name = "填写说明" });
        var body = panel.Locator(".js-guide-body");
        (await body.GetAttributeAsync("aria-live")).ShouldBe("polite");
        await Expect(body.Locator("strong")).ToHaveTextAsync("质量指标");
        await Expect(body).ToContainTextAsync(Level2Guides.For("质量指标")!.Belongs);
        await Expect(body).ToContainTextAsync(Level2Guides.For("质量指标")!.DoesNotBelong);

        await row.Locator(".js-level2").SelectOptionAsync("数量指标");
        var quantity = Level2Guides.For("数量指标")!;
        await Expect(body.Locator("strong")).ToHaveTextAsync("数量指标");
        await Expect(body).ToContainTextAsync(quantity.Belongs);
        await Expect(body).ToContainTextAsync(quantity.DoesNotBelong);
        var unitRule = panel.GetByRole(AriaRole.Link, new() { Name = "R17 计量单位与指标相符" });
        (await unitRule.GetAttributeAsync("href")).ShouldBe("/rules#R17");
        (await unitRule.GetAttributeAsync("target")).ShouldBe("_blank");

        await name.PressSequentiallyAsync("培训");
        await Expect(page.Locator("#js-suggestions [role=option]").First).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Locator("#js-suggestions")).ToBeHiddenAsync();
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth")).ShouldBeTrue("the page does not scroll sideways");
        var covered = await page.EvaluateAsync<string[]>(@"() => {
            const panel = document.querySelector('.js-level2-guide').getBoundingClientRect();
            const row = document.querySelector(""[data-rows='indicators'] tbody.editor-row"");
            return [...row.querySelectorAll('input:not([type=hidden]), select, textarea')].filter((field) => {
                const box = field.getBoundingClientRect();
                return box.bottom > panel.top && box.top < panel.bottom && box.right > panel.left && box.left < panel.right;
            }).map((field) => field.getAttribute('aria-label'));
        }");
        covered.ShouldBeEmpty("the panel covers none of the row's fields");
        await page.ScreenshotAsync(new() { Path = Artefacts.PathOf("editor-level2-guide-1366.png") }); // for people to look at

        var rules = await page.Context.RunAndWaitForPageAsync(() => unitRule.ClickAsync());
        await rules.WaitForLoadStateAsync();
        new Uri(rules.Url).Fragment.ShouldBe("#R17");
        await Expect(rules.Locator("#R17")).ToContainTextAsync("计量单位与指标相符");
        (await name.InputValueAsync()).ShouldBe("培训", "what was typed stays in the editor");

        var toggle = panel.GetByRole(AriaRole.Button, new() { Name = "收起" });
        await toggle.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(body).ToBeHiddenAsync();
        (await panel.GetByRole(AriaRole.Button, new() { Name = "展开" }).GetAttributeAsync("aria-expanded")).ShouldBe("false");
        // Every 二级's guidance is one link away, on a page of its own (what a browser without script uses).
        var list = await page.Context.RunAndWaitForPageAsync(() => page.Locator("a.js-guide-list").ClickAsync());
        await list.WaitForLoadStateAsync();
        await Expect(list.Locator("main .js-guide-entry")).ToHaveCountAsync(Level2Guides.All.Count);
        (await name.InputValueAsync()).ShouldBe("培训", "what was typed stays in the editor");
    }
}
