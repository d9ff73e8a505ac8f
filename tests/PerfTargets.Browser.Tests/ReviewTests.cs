using Microsoft.Playwright;

namespace PerfTargets.Browser.Tests;

/// <summary>The review in a real browser: a filer submits, a reviewer finds it in the queue and stamps it.</summary>
[Collection(SharedBrowser.Name)]
public class ReviewTests(BrowserSession session)
{
    [Fact]
    public async Task A_reviewer_double_clicking_approve_stamps_once_and_the_seal_shows_in_the_history()
    {
        // A copy of its own under another name, so that the editor tests' declarations stay drafts and findable by name.
        var filer = await session.NewPageAsync("filer-shanhaiguan");
        await filer.GotoAsync("/declarations");
        await filer.GetByRole(AriaRole.Link, new() { Name = "网络舆情综合管理", Exact = true }).First.ClickAsync();
        await filer.GetByRole(AriaRole.Link, new() { Name = "复制为新年度" }).ClickAsync();
        await filer.Locator("#BudgetYear").FillAsync("2031");
        await filer.GetByRole(AriaRole.Button, new() { Name = "复制" }).ClickAsync();
        await filer.WaitForURLAsync("**/edit");
        await filer.Locator("input[name='Input.ProjectName']").FillAsync("网络舆情综合管理（审核试走）");
        await filer.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await filer.Locator(".alert-success").WaitForAsync();
        var id = filer.Url.Split('/')[^2];
        await filer.GotoAsync($"/declarations/{id}");
        await filer.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).ClickAsync();
        (await filer.Locator("main .alert-success").TextContentAsync())!.ShouldContain("已提交，等待审核");

        var reviewer = await session.NewPageAsync("reviewer-business");
        await reviewer.Locator("#notice").ClickAsync();
        await reviewer.GetByRole(AriaRole.Link, new() { Name = "网络舆情综合管理（审核试走）" }).And(reviewer.Locator($"[href='/review/{id}']")).ClickAsync();
        await reviewer.Locator("#Opinion").FillAsync("同意。");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "通过（盖章）" }).DblClickAsync();
        await reviewer.WaitForURLAsync("**/review");
        (await reviewer.Locator("main .alert-success").TextContentAsync()).ShouldBe("已审核通过并盖章。");

        await filer.GotoAsync($"/declarations/{id}");
        (await filer.Locator("#history ~ ol li[data-event=Approved]").CountAsync()).ShouldBe(1);
        var seal = filer.Locator("#history ~ ol li[data-event=Approved] img.seal-stamp");
        (await seal.EvaluateAsync<int>("img => img.complete ? img.naturalWidth : new Promise(done => img.addEventListener('load', () => done(img.naturalWidth)))")).ShouldBe(480);
        (await filer.Locator("main h1 + div .badge").TextContentAsync()).ShouldBe("待绩效管理股审核");
    }
}
