using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PerfTargets.Browser.Tests;

/// <summary>
/// 全周期: seed 004's first project carried past 已批复 as the budget year goes on — approved by both
/// sections, published and read signed out, adjusted once through review. Works on its own copy (2025), so that the other tests
/// (sharing the application, in any order) find the seed as it was.
/// </summary>
[Collection(SharedBrowser.Name)]
public class LifeCycleJourneyTests(BrowserSession session) : BrowserTest
{
    protected override BrowserSession Session => session;

    private const string Project = "网络舆情综合管理";

    private const string Year = "2025";

    private const string Shanhaiguan = "224002";

    [Fact]
    public async Task Seed_004s_first_project_is_approved_published_and_adjusted()
    {
        var filer = await session.NewPageAsync("filer-shanhaiguan");
        var id = await SubmitCopyAsync(filer);
        await ApproveByBothSectionsAsync(id);

        var admin = await session.NewPageAsync("admin");
        await admin.GotoAsync($"/declarations/{id}");
        await admin.Locator("#publish-form").GetByRole(AriaRole.Button, new() { Name = "公开" }).ClickAsync();
        await Expect(admin.Locator("#public-link")).ToBeVisibleAsync();

        var visitor = await (await session.NewContextAsync(1366, 768)).NewPageAsync();
        await visitor.GotoAsync($"/public/{Year}/{Shanhaiguan}");
        await visitor.GetByRole(AriaRole.Link, new() { Name = Project }).ClickAsync();
        await visitor.WaitForURLAsync($"**/public/{Year}/{Shanhaiguan}/{id}");
        await Expect(visitor.Locator("main")).ToContainTextAsync("舆情信息监看、收集和应急处置");
        await visitor.ScreenshotAsync(new() { Path = Artefacts.PathOf("lifecycle-01-public.png"), FullPage = true }); // for people to look at

        // 调整: the filer raises one target; the public page keeps the approved version until the change is approved.
        await filer.GotoAsync($"/declarations/{id}");
        await filer.GetByRole(AriaRole.Link, new() { Name = "开启调整" }).ClickAsync();
        await filer.GetByLabel("调整原因").FillAsync("年中舆情处置任务加重，提高处置目标。");
        await filer.GetByRole(AriaRole.Button, new() { Name = "开启调整" }).ClickAsync();
        await filer.WaitForURLAsync($"**/declarations/{id}");
        await filer.GetByRole(AriaRole.Link, new() { Name = "编辑" }).ClickAsync();
        await filer.WaitForURLAsync("**/edit");
        await filer.Locator("[data-rows='indicators'] tbody.editor-row").First.Locator("textarea[aria-label$=' 年度指标值']").FillAsync("98");
        await filer.GetByRole(AriaRole.Button, new() { Name = "保存并提交审核" }).ClickAsync();
        await filer.WaitForURLAsync("**/submit");
        await filer.GetByRole(AriaRole.Button, new() { Name = "确认提交" }).ClickAsync();
        await visitor.ReloadAsync();
        await Expect(visitor.Locator("main")).Not.ToContainTextAsync("调整后");
        await ApproveByBothSectionsAsync(id);
        await visitor.ReloadAsync();
        await Expect(visitor.Locator("main")).ToContainTextAsync("调整后");
        await filer.GotoAsync($"/declarations/{id}");
        await filer.ScreenshotAsync(new() { Path = Artefacts.PathOf("lifecycle-02-adjusted.png") });
    }

    /// <summary>Copies the seed's 2023 project to <see cref="Year"/>, saves and submits it; the new declaration's id.</summary>
    private static async Task<string> SubmitCopyAsync(IPage filer)
    {
        await filer.GotoAsync("/declarations?year=2023");
        await filer.GetByRole(AriaRole.Link, new() { Name = Project, Exact = true }).First.ClickAsync();
        await filer.GetByRole(AriaRole.Link, new() { Name = "复制为新年度" }).ClickAsync();
        await filer.Locator("#BudgetYear").FillAsync(Year);
        await filer.GetByRole(AriaRole.Button, new() { Name = "复制" }).ClickAsync();
        await filer.WaitForURLAsync("**/edit");
        var id = filer.Url.Split('/')[^2];
        await filer.GetByRole(AriaRole.Button, new() { Name = "保存并提交审核" }).ClickAsync();
        await filer.WaitForURLAsync("**/submit");
        await filer.GetByRole(AriaRole.Button, new() { Name = "确认提交" }).ClickAsync();
        await Expect(filer.Locator("main .alert-success")).ToContainTextAsync("已提交，等待审核");
        return id;
    }

    private async Task ApproveByBothSectionsAsync(string id)
    {
        foreach (var reviewer in new[] { "reviewer-business", "reviewer-performance" })
        {
            var page = await session.NewPageAsync(reviewer);
            await page.GotoAsync($"/review/{id}");
            await page.Locator("#Opinion").FillAsync("同意。");
            await page.GetByRole(AriaRole.Button, new() { Name = "通过（盖章）" }).ClickAsync();
            await page.WaitForURLAsync("**/review");
        }
    }
}
