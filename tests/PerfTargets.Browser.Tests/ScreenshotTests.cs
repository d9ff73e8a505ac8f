using Microsoft.Playwright;
using Xunit.Abstractions;

namespace PerfTargets.Browser.Tests;

/// <summary>
/// Every main page at a common office screen (1366×768) and page 1 of every PDF layout, saved in
/// <see cref="Artefacts.Folder"/> for people to look at; their list goes to the test output. The
/// assertions are only that each page is what was asked for, so a picture is of the right page.
/// </summary>
[Collection(SharedBrowser.Name)]
public class ScreenshotTests(BrowserSession session, ITestOutputHelper output) : BrowserTest
{
    protected override BrowserSession Session => session;

    private const int Width = 1366;
    private const int Height = 768;
    private readonly List<string> saved = [];

    private async Task<IPage> PageAsync(string user)
    {
        var page = await session.NewPageAsync(user);
        await page.SetViewportSizeAsync(Width, Height);
        return page;
    }

    /// <summary>The screen as seen (name.png) and, for a page longer than the screen, the whole of it (name-full.png).</summary>
    private async Task ShotAsync(IPage page, string name, string heading)
    {
        (await page.Locator("main h1").First.TextContentAsync())!.ShouldContain(heading);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var path = Artefacts.PathOf(name + ".png");
        await page.ScreenshotAsync(new() { Path = path });
        saved.Add(path);
        var (scrollWidth, scrollHeight) = (await page.EvaluateAsync<int>("document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("document.documentElement.scrollHeight"));
        if (scrollHeight > Height)
        {
            var full = Artefacts.PathOf(name + "-full.png");
            await page.ScreenshotAsync(new() { Path = full, FullPage = true });
            saved.Add(full);
        }

        if (scrollWidth > Width)
        {
            // Noted for the reader of the pictures rather than failed: a wide page is a finding, not a broken test.
            output.WriteLine($"{name}: the page is {scrollWidth} px wide, wider than the {Width} px screen");
        }
    }

    private async Task PdfPagesAsync(IPage page, int id, string prefix)
    {
        foreach (var layout in PerfTargets.Pdf.Layouts.LayoutCatalog.All)
        {
            var response = await page.Context.APIRequest.GetAsync($"/declarations/{id}/pdf?layout={layout.Key}");
            response.Status.ShouldBe(200);
            response.Headers["content-type"].ShouldBe("application/pdf");
            var pdf = Artefacts.PathOf($"{prefix}-{layout.Key}.pdf");
            await File.WriteAllBytesAsync(pdf, await response.BodyAsync());
            saved.Add(pdf);
            saved.Add(await Artefacts.RenderFirstPageAsync(pdf));
        }
    }

    [Fact]
    public async Task Every_main_page_and_the_first_page_of_every_pdf_layout_is_saved_as_a_picture()
    {
        try
        {
            await TakeAllAsync();
        }
        finally
        {
            output.WriteLine($"Artefacts in {Artefacts.Folder}:");
            foreach (var path in saved)
            {
                output.WriteLine("  " + Path.GetFileName(path));
            }
        }
    }

    private async Task TakeAllAsync()
    {
        var context = await session.NewContextAsync(Width, Height);
        var signedOut = await context.NewPageAsync();
        await signedOut.GotoAsync("/account/login");
        await ShotAsync(signedOut, "01-sign-in", "登录");

        // A declaration of this test's own, submitted, for the queue and the review page.
        var filer = await PageAsync("filer-shanhaiguan");
        await filer.GetByRole(AriaRole.Link, new() { Name = "网络舆情综合管理", Exact = true }).First.ClickAsync();
        await filer.GetByRole(AriaRole.Link, new() { Name = "复制为新年度" }).ClickAsync();
        await filer.Locator("#BudgetYear").FillAsync("2036");
        await filer.GetByRole(AriaRole.Button, new() { Name = "复制" }).ClickAsync();
        await filer.WaitForURLAsync("**/edit");
        await filer.Locator("input[name='Input.ProjectName']").FillAsync("网络舆情综合管理（截图）");
        await filer.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await filer.Locator(".alert-success").WaitForAsync();
        var id = int.Parse(filer.Url.Split('/')[^2], System.Globalization.CultureInfo.InvariantCulture);

        await filer.GotoAsync("/declarations");
        await ShotAsync(filer, "02-list", "申报表");
        await filer.GotoAsync("/declarations/new");
        await ShotAsync(filer, "03-new", "新建申报表");
        await filer.GotoAsync("/declarations");
        await filer.Locator("a[href^='/departments/'][href$='/goals/2023']").First.ClickAsync();
        await ShotAsync(filer, "04-department-goals", "部门整体绩效目标");
        await filer.GotoAsync("/account/password");
        await ShotAsync(filer, "05-account-password", "密码");
        await filer.GotoAsync("/declarations/999999");
        await ShotAsync(filer, "06-not-found", "找不到该页面");

        // Seed 001 with its budget lines and its R01, as its filer sees and edits it.
        var portal = await PageAsync("filer-portal");
        await portal.GetByRole(AriaRole.Link, new() { Name = "新媒体软课题费", Exact = true }).ClickAsync();
        await ShotAsync(portal, "07-view", "新媒体软课题费");
        await portal.GetByRole(AriaRole.Link, new() { Name = "编辑", Exact = true }).ClickAsync();
        await ShotAsync(portal, "08-editor", "编辑申报表");
        var seed001 = int.Parse(portal.Url.Split('/')[^2], System.Globalization.CultureInfo.InvariantCulture);
        await PdfPagesAsync(portal, seed001, "pdf-seed001");

        await filer.GotoAsync($"/declarations/{id}");
        await filer.GetByRole(AriaRole.Link, new() { Name = "提交审核" }).ClickAsync();
        await ShotAsync(filer, "08b-submit-confirmation", "确认提交审核");
        await filer.GetByRole(AriaRole.Button, new() { Name = "确认提交" }).ClickAsync();
        (await filer.Locator("main .alert-success").TextContentAsync())!.ShouldContain("已提交，等待审核");
        var business = await PageAsync("reviewer-business");
        await business.GotoAsync("/review");
        await ShotAsync(business, "09-review-queue", "待审");
        await business.GotoAsync($"/review/{id}");
        await ShotAsync(business, "10-review", "网络舆情综合管理（截图）");
        await business.GetByRole(AriaRole.Button, new() { Name = "通过（盖章）" }).ClickAsync();
        await business.WaitForURLAsync("**/review");
        var performance = await PageAsync("reviewer-performance");
        await performance.GotoAsync($"/review/{id}");
        await performance.Locator("#Opinion").FillAsync("同意。");
        await performance.GetByRole(AriaRole.Button, new() { Name = "通过（盖章）" }).ClickAsync();
        await performance.WaitForURLAsync("**/review");

        await filer.GotoAsync($"/declarations/{id}");
        await ShotAsync(filer, "11-view-approved", "网络舆情综合管理（截图）");
        await PdfPagesAsync(filer, id, "pdf-approved");
        var hash = await filer.Locator("#history ~ ol li[data-event=Approved] code").Last.GetAttributeAsync("title");
        await signedOut.GotoAsync($"/verify/{hash}");
        await ShotAsync(signedOut, "12-verify", "核验");
        await signedOut.GotoAsync("/verify");
        await ShotAsync(signedOut, "13-verify-empty", "核验");

        var admin = await PageAsync("admin");
        foreach (var (path, name, heading) in new[]
        {
            ("/admin/users", "14-admin-accounts", "账户"),
            ("/admin/departments", "15-admin-departments", "单位"),
            ("/admin/sections", "16-admin-sections", "审核科室"),
            ("/admin/seals", "17-admin-seals", "印章"),
            ("/admin/audit", "18-admin-audit", "审计日志"),
            ("/admin/years", "19-admin-frameworks", "指标体系"),
            ("/admin/printing", "20-admin-print-settings", "打印"),
            ("/admin/rules", "20b-admin-rules", "审核规则设置"),
            ("/rules", "20c-rules", "规则说明"),
            ("/admin/library", "20d-admin-library", "指标库"),
            ("/admin/library/entries", "20e-admin-library-entries", "指标库条目"),
            ("/admin/library/entry/5", "20f-admin-library-entry", "修改条目"),
            ("/admin/library/import", "20g-admin-library-import", "导入指标库"),
            ("/admin/tokens", "21-admin-tokens", "访问令牌"), // last: the token is issued on it below
        })
        {
            await admin.GotoAsync(path);
            await ShotAsync(admin, name, heading);
        }

        // A token issued: shown once, on this answer.
        await admin.GetByLabel("账户").SelectOptionAsync(new SelectOptionValue { Label = "filer-shanhaiguan（山海关填报人）" });
        await admin.GetByLabel("用途").FillAsync("预算一体化系统对接");
        await admin.GetByRole(AriaRole.Button, new() { Name = "签发" }).ClickAsync();
        (await admin.Locator("#issued-token").InputValueAsync()).ShouldStartWith("pt_");
        await ShotAsync(admin, "22-admin-token-issued", "访问令牌");

        await filer.GotoAsync("/declarations/import");
        await ShotAsync(filer, "23-import", "导入申报表");

        // The API's reference page: swagger-ui from the application's own files, open without signing in.
        await signedOut.GotoAsync("/api/docs/index.html");
        await signedOut.GetByText("PerfTargets 绩效目标申报系统 API").First.WaitForAsync();
        await signedOut.GetByText("/api/v1/declarations/{id}/approve").First.WaitForAsync();
        var docs = Artefacts.PathOf("24-api-reference.png");
        await signedOut.ScreenshotAsync(new() { Path = docs, FullPage = true });
        saved.Add(docs);
    }
}
