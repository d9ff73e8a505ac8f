using Microsoft.Playwright;

namespace PerfTargets.Browser.Tests;

/// <summary>运行监控 in a real browser: on an approved copy of seed 004's first project, a mid-year report whose lagging indicator asks for its reason.</summary>
[Collection(SharedBrowser.Name)]
public class ReportTests(BrowserSession session) : BrowserTest
{
    protected override BrowserSession Session => session;

    [Fact]
    public async Task A_mid_year_report_with_a_lagging_indicator_asks_for_its_reason_at_the_line_and_is_submitted()
    {
        var (filer, id) = await ReviewTests.SubmittedCopyAsync(session, "网络舆情综合管理（运行监控）", "2034");
        foreach (var (reviewer, opinion) in new[] { ("reviewer-business", "同意。"), ("reviewer-performance", "同意批复。") })
        {
            var page = await session.NewPageAsync(reviewer);
            await page.GotoAsync($"/review/{id}");
            await page.Locator("#Opinion").FillAsync(opinion);
            await page.GetByRole(AriaRole.Button, new() { Name = "通过（盖章）" }).ClickAsync();
            await page.WaitForURLAsync("**/review");
        }

        await filer.GotoAsync($"/declarations/{id}");
        await filer.Locator("#reports-link").ClickAsync();
        await filer.Locator("#open-monitoring-6").ClickAsync();
        await filer.WaitForURLAsync("**/reports/*");
        await filer.Locator("input[name='Input.Executed']").FillAsync("55000");
        string[][] answers = [["80", "90"], ["50", "96"], ["45", "92"]];
        for (var i = 0; i < answers.Length; i++)
        {
            await filer.Locator($"input[name='Input.Lines[{i}].Actual']").FillAsync(answers[i][0]);
            await filer.Locator($"input[name='Input.Lines[{i}].Projected']").FillAsync(answers[i][1]);
            await filer.Locator($"select[name='Input.Lines[{i}].WillMeet']").SelectOptionAsync("true");
        }

        await filer.Locator("#submit-report").ClickAsync();
        var reason = filer.Locator("#line-1 textarea[name='Input.Lines[0].Reason'] + .invalid-feedback");
        (await reason.TextContentAsync()).ShouldBe("第1行“舆情信息监看、收集和应急处置。”：预计全年完成值 90 达不到年度指标值 ≥95%，请填写偏差原因。");
        (await filer.Locator("#line-1 .badge").TextContentAsync()).ShouldBe("红");
        await filer.ScreenshotAsync(new() { Path = Artefacts.PathOf("report-lagging-reason-required.png"), FullPage = true }); // for people to look at

        await filer.Locator("textarea[name='Input.Lines[0].Reason']").FillAsync("上半年监看平台更换，两周未能全量收集");
        await filer.Locator("textarea[name='Input.Lines[0].Measure']").FillAsync("新平台已上线，下半年增加夜间值守");
        await filer.Locator("#submit-report").ClickAsync();
        (await filer.Locator("#report-message").TextContentAsync()).ShouldBe("已提交审核。");
        (await filer.Locator("#report-signal .badge").TextContentAsync()).ShouldBe("黄");
        await filer.ScreenshotAsync(new() { Path = Artefacts.PathOf("report-submitted.png"), FullPage = true }); // for people to look at

        await filer.GotoAsync($"/declarations/{id}");
        (await filer.Locator("#report-glances .badge").TextContentAsync()).ShouldBe("黄");
    }
}
