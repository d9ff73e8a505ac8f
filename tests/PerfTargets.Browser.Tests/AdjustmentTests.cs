using Microsoft.Playwright;

namespace PerfTargets.Browser.Tests;

/// <summary>
/// 调整 in a real browser: an approved declaration reopened with a reason, one indicator target changed
/// in the editor, submitted, read by the reviewers against the approved version, approved through the
/// chain, and printed 调整后; the earlier version still prints without it.
/// </summary>
[Collection(SharedBrowser.Name)]
public class AdjustmentTests(BrowserSession session) : BrowserTest
{
    private const string Name = "网络舆情综合管理（年中）";
    private const string Reason = "年中追加预算，提高舆情处置的目标值。";

    protected override BrowserSession Session => session;

    [Fact]
    public async Task An_approved_declaration_is_adjusted_reviewed_against_its_approved_version_and_prints_adjusted()
    {
        var (filer, id) = await ReviewTests.SubmittedCopyAsync(session, Name, "2035");
        await ReviewTests.ApproveByBothSectionsAsync(session, id);

        await filer.GotoAsync($"/declarations/{id}");
        await filer.GetByRole(AriaRole.Link, new() { Name = "开启调整" }).ClickAsync();
        await filer.WaitForURLAsync("**/adjust");
        await filer.GetByRole(AriaRole.Button, new() { Name = "开启调整" }).ClickAsync();
        (await filer.Locator("#adjust-form .invalid-feedback").First.TextContentAsync()).ShouldBe("开启调整须填写调整原因。");
        await filer.GetByLabel("调整原因").FillAsync(Reason);
        await filer.GetByRole(AriaRole.Button, new() { Name = "开启调整" }).ClickAsync();
        await filer.WaitForURLAsync($"**/declarations/{id}");
        (await filer.Locator("main .alert-success").TextContentAsync())!.ShouldStartWith("已开启调整");
        (await filer.Locator("#adjustment-reason").TextContentAsync()).ShouldBe(Reason);
        await filer.ScreenshotAsync(new() { Path = Artefacts.PathOf("adjustment-opened.png"), FullPage = false });

        await filer.GetByRole(AriaRole.Link, new() { Name = "编辑" }).ClickAsync();
        await filer.WaitForURLAsync("**/edit");
        (await filer.Locator("#adjustment").TextContentAsync())!.ShouldContain("调整中");
        var target = filer.Locator("[data-rows='indicators'] tbody.editor-row").First.Locator("textarea[aria-label$=' 年度指标值']");
        await target.FillAsync("≥98%");
        await filer.GetByRole(AriaRole.Button, new() { Name = "保存并提交审核" }).ClickAsync();
        await filer.WaitForURLAsync("**/submit");
        (await filer.Locator("#submission-summary").TextContentAsync())!.ShouldContain("第 2 版");
        await filer.GetByRole(AriaRole.Button, new() { Name = "确认提交" }).ClickAsync();
        (await filer.Locator("main .alert-success").TextContentAsync())!.ShouldContain("已提交，等待审核");

        var reviewer = await session.NewPageAsync("reviewer-business");
        await reviewer.GotoAsync($"/review/{id}");
        var changes = reviewer.Locator("#adjustment-changes");
        (await changes.Locator("h2").TextContentAsync()).ShouldBe("与已批复第 1 版相比的修改：1 处");
        (await changes.Locator("ins").First.TextContentAsync())!.ShouldContain("98");
        (await reviewer.Locator("#adjustment-reason").TextContentAsync()).ShouldBe(Reason);
        await changes.ScrollIntoViewIfNeededAsync();
        await reviewer.ScreenshotAsync(new() { Path = Artefacts.PathOf("adjustment-review.png") });
        await ReviewTests.ApproveByBothSectionsAsync(session, id);

        await filer.GotoAsync($"/declarations/{id}");
        (await filer.Locator("#approved-versions .badge").TextContentAsync())!.ShouldStartWith("调整后（");
        await filer.ScreenshotAsync(new() { Path = Artefacts.PathOf("adjustment-approved.png") });
        var adjusted = await (await filer.APIRequest.GetAsync($"/declarations/{id}/pdf")).BodyAsync();
        var printed = PdfText.Of(adjusted);
        printed.ShouldContain("第2版调整后（");
        printed.ShouldContain("系统审批核验标记本表为调整后（");
        var pdfPath = Artefacts.PathOf("adjustment-approved.pdf");
        await File.WriteAllBytesAsync(pdfPath, adjusted);
        await Artefacts.RenderFirstPageAsync(pdfPath);
        PdfText.Of(await (await filer.APIRequest.GetAsync($"/declarations/{id}/pdf?version=1")).BodyAsync()).ShouldNotContain("调整后");
    }
}
