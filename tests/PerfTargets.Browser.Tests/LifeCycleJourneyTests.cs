using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PerfTargets.Browser.Tests;

/// <summary>
/// 全周期: seed 004's first project carried past 已批复 as the budget year goes on — approved by both
/// sections, published and read signed out. Works on its own copy (2025), so that the other tests
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
    public async Task Seed_004s_first_project_is_approved_then_published_and_read_signed_out()
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
