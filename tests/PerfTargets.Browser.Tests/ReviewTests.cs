using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PerfTargets.Browser.Tests;

/// <summary>The review in a real browser: a filer submits, a reviewer finds it in the queue and stamps it.</summary>
[Collection(SharedBrowser.Name)]
public class ReviewTests(BrowserSession session) : BrowserTest
{
    protected override BrowserSession Session => session;

    /// <summary>
    /// A copy of 网络舆情综合管理 of its own, under another name and year, submitted from the editor
    /// (保存并提交审核, then 确认提交): the editor tests' declarations stay drafts and findable by name.
    /// </summary>
    internal static async Task<(IPage Filer, string Id)> SubmittedCopyAsync(BrowserSession session, string name, string year)
    {
        var filer = await session.NewPageAsync("filer-shanhaiguan");
        await filer.GotoAsync("/declarations");
        await filer.GetByRole(AriaRole.Link, new() { Name = "网络舆情综合管理", Exact = true }).First.ClickAsync();
        await filer.GetByRole(AriaRole.Link, new() { Name = "复制为新年度" }).ClickAsync();
        await filer.Locator("#BudgetYear").FillAsync(year);
        await filer.GetByRole(AriaRole.Button, new() { Name = "复制" }).ClickAsync();
        await filer.WaitForURLAsync("**/edit");
        await filer.Locator("input[name='Input.ProjectName']").FillAsync(name);
        var id = filer.Url.Split('/')[^2];

        // 保存并提交审核 from the editor: saved, checked, then the confirmation says what is frozen and who reviews.
        await filer.GetByRole(AriaRole.Button, new() { Name = "保存并提交审核" }).ClickAsync();
        await filer.WaitForURLAsync("**/submit");
        var summary = (await filer.Locator("#submission-summary").TextContentAsync())!;
        summary.ShouldContain(name);
        summary.ShouldContain("第 1 版");
        summary.ShouldContain("提交后由业务股室审核。");
        await filer.GetByRole(AriaRole.Button, new() { Name = "确认提交" }).ClickAsync();
        (await filer.Locator("main .alert-success").TextContentAsync())!.ShouldContain("已提交，等待审核");
        (await filer.Locator("main h1 + div .badge").TextContentAsync()).ShouldBe("待业务股室审核");
        return (filer, id);
    }

    /// <summary>
    /// 复制为新年度 from the list of <paramref name="seedYear"/>: the declaration named <paramref name="seed"/>
    /// copied to <paramref name="year"/> as <paramref name="name"/>, submitted from the editor; its id.
    /// </summary>
    internal static async Task<string> SubmitCopyAsync(IPage filer, int seedYear, string seed, string year, string name)
    {
        await filer.GotoAsync($"/declarations?year={seedYear}");
        await filer.GetByRole(AriaRole.Link, new() { Name = seed, Exact = true }).First.ClickAsync();
        await filer.GetByRole(AriaRole.Link, new() { Name = "复制为新年度" }).ClickAsync();
        await filer.Locator("#BudgetYear").FillAsync(year);
        await filer.GetByRole(AriaRole.Button, new() { Name = "复制" }).ClickAsync();
        await filer.WaitForURLAsync("**/edit");
        var id = filer.Url.Split('/')[^2];
        await filer.Locator("input[name='Input.ProjectName']").FillAsync(name);
        await filer.GetByRole(AriaRole.Button, new() { Name = "保存并提交审核" }).ClickAsync();
        await filer.WaitForURLAsync("**/submit");
        await filer.GetByRole(AriaRole.Button, new() { Name = "确认提交" }).ClickAsync();
        await Expect(filer.Locator("main .alert-success")).ToContainTextAsync("已提交，等待审核");
        return id;
    }

    /// <summary>Both sections approve the submitted declaration <paramref name="id"/> with their stamps, from their review pages.</summary>
    internal static async Task ApproveByBothSectionsAsync(BrowserSession session, string id)
    {
        foreach (var reviewerName in new[] { "reviewer-business", "reviewer-performance" })
        {
            var reviewer = await session.NewPageAsync(reviewerName);
            await reviewer.GotoAsync($"/review/{id}");
            await reviewer.Locator("#Opinion").FillAsync("同意。");
            await reviewer.GetByRole(AriaRole.Button, new() { Name = "通过（盖章）" }).ClickAsync();
            await reviewer.WaitForURLAsync("**/review");
            (await reviewer.Locator("main .alert-success").TextContentAsync()).ShouldBe("已审核通过并盖章。");
        }
    }

    [Fact]
    public async Task The_opinion_box_notes_a_text_over_its_limit_and_drops_a_stale_error_once_typed_in()
    {
        var (_, id) = await SubmittedCopyAsync(session, "网络舆情综合管理（意见框）", "2032");
        var reviewer = await session.NewPageAsync("reviewer-business");
        await reviewer.GotoAsync($"/review/{id}");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "退回修改" }).ClickAsync();
        var box = reviewer.Locator("#Opinion");
        (await reviewer.Locator("#decision .invalid-feedback").First.TextContentAsync()).ShouldBe("退回时须填写审核意见，说明需要修改的内容。");

        await box.FillAsync("请补充依据。");
        (await reviewer.Locator("#decision .invalid-feedback").AllTextContentsAsync()).ShouldAllBe(text => text == string.Empty);
        (await box.GetAttributeAsync("class"))!.ShouldNotContain("is-invalid");

        await box.FillAsync(new string('改', 2001));
        (await box.InputValueAsync()).Length.ShouldBe(2001, "nothing is cut off");
        (await reviewer.Locator("#Opinion + .js-length-note").TextContentAsync()).ShouldBe("已输入 2001 字，超出上限 2000 字，保存时将不被接受。");
    }

    [Fact]
    public async Task A_long_unbroken_opinion_wraps_instead_of_widening_the_page()
    {
        var (filer, id) = await SubmittedCopyAsync(session, "网络舆情综合管理（长意见）", "2033");
        var reviewer = await session.NewPageAsync("reviewer-business");
        await reviewer.GotoAsync($"/review/{id}");
        await reviewer.Locator("#Opinion").FillAsync(new string('x', 2000));
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "退回修改" }).ClickAsync();
        await reviewer.WaitForURLAsync("**/review");

        await filer.SetViewportSizeAsync(1366, 800);
        await filer.GotoAsync($"/declarations/{id}");

        (await filer.Locator("#returned").TextContentAsync())!.ShouldContain(new string('x', 2000));
        (await filer.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(1366);
    }

    [Fact]
    public async Task A_reviewer_double_clicking_approve_stamps_once_and_the_seal_shows_in_the_history()
    {
        var (filer, id) = await SubmittedCopyAsync(session, "网络舆情综合管理（审核试走）", "2031");

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
