using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PerfTargets.Browser.Tests;

/// <summary>
/// axe-core over the main pages of each role, checked one by one and named in the failure; every
/// other page the browser tests visit is checked as they go (<see cref="AccessibilityAudit"/>).
/// </summary>
[Collection(SharedBrowser.Name)]
public class AccessibilityTests(BrowserSession session) : BrowserTest
{
    protected override BrowserSession Session => session;

    private async Task ExpectNoSeriousFindingsAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        (await session.Accessibility.FindingsOnAsync(page)).ShouldBeEmpty($"axe-core on {path}");
    }

    [Fact]
    public async Task The_main_pages_of_a_filer_a_reviewer_and_the_admin_have_no_serious_axe_findings()
    {
        var signedOut = await (await session.NewContextAsync(1366, 768)).NewPageAsync();
        await ExpectNoSeriousFindingsAsync(signedOut, "/account/login");

        var filer = await session.NewPageAsync("filer-shanhaiguan");
        await ExpectNoSeriousFindingsAsync(filer, "/declarations");
        await filer.GetByRole(AriaRole.Link, new() { Name = "网络舆情综合管理", Exact = true }).First.ClickAsync();
        await Expect(filer).ToHaveURLAsync(new Regex(@"/declarations/\d+$"));
        var view = new Uri(filer.Url).AbsolutePath;
        foreach (var path in new[] { view, view + "/edit", "/declarations/new", "/summary", "/rules", "/account/password" })
        {
            await ExpectNoSeriousFindingsAsync(filer, path);
        }

        var reviewer = await session.NewPageAsync("reviewer-business");
        await ExpectNoSeriousFindingsAsync(reviewer, "/review");

        var admin = await session.NewPageAsync("admin");
        foreach (var path in new[] { "/admin/users", "/admin/departments", "/admin/sections", "/admin/seals", "/admin/years", "/admin/printing", "/admin/rules", "/admin/library", "/admin/library/entries", "/admin/library/entry", "/admin/library/import", "/admin/tokens", "/admin/audit" })
        {
            await ExpectNoSeriousFindingsAsync(admin, path);
        }
    }

    [Fact]
    public async Task The_top_bars_links_are_dark_enough_to_read()
    {
        var filer = await session.NewPageAsync("filer-shanhaiguan");
        var links = new[] { filer.GetByRole(AriaRole.Link, new() { Name = "修改密码" }), filer.GetByRole(AriaRole.Button, new() { Name = "退出" }) };
        var result = await session.Accessibility.RunAsync(filer, new Deque.AxeCore.Commons.AxeRunOptions { RunOnly = new() { Type = "rule", Values = ["color-contrast"] } });
        result.Violations.ShouldBeEmpty();
        foreach (var link in links)
        {
            (await link.IsVisibleAsync()).ShouldBeTrue();
        }
    }
}
