using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PerfTargets.Browser.Tests;

/// <summary>
/// 全周期: seed 004's first project carried past 已批复 as the budget year goes on — approved by both
/// sections, published and read signed out, adjusted once through review, monitored at 6月30日 with
/// one lagging indicator (its reason required) and self-evaluated at year end with the score of a
/// hand calculation, the 自评表 printed. Works on its own copy (2025), so that the other tests
/// (sharing the application, in any order) find the seed as it was.
/// </summary>
[Collection(SharedBrowser.Name)]
public class LifeCycleJourneyTests(BrowserSession session) : BrowserTest
{
    protected override BrowserSession Session => session;

    /// <summary>Seed 004's first project, as the journey copies it.</summary>
    private const string Seed = "网络舆情综合管理";

    /// <summary>The copy's own name: the other tests find the seed by its name alone.</summary>
    private const string Project = "网络舆情综合管理（全周期）";

    private const string Year = "2025";

    private const string Shanhaiguan = "224002";

    [Fact]
    public async Task Seed_004s_first_project_is_approved_published_adjusted_monitored_and_self_evaluated()
    {
        var filer = await session.NewPageAsync("filer-shanhaiguan");
        var id = await ReviewTests.SubmitCopyAsync(filer, 2023, Seed, Year, Project);
        await ReviewTests.ApproveByBothSectionsAsync(session, id);

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
        await ReviewTests.ApproveByBothSectionsAsync(session, id);
        await visitor.ReloadAsync();
        await Expect(visitor.Locator("main")).ToContainTextAsync("调整后");
        await filer.GotoAsync($"/declarations/{id}");
        await filer.ScreenshotAsync(new() { Path = Artefacts.PathOf("lifecycle-02-adjusted.png") });

        // 运行监控 at 6月30日, against the adjusted targets: the first (≥98% since the adjustment), projected at 90, lags.
        await filer.Locator("#reports-link").ClickAsync();
        await filer.Locator("#open-monitoring-6").ClickAsync();
        await filer.WaitForURLAsync("**/reports/*");
        await filer.Locator("input[name='Input.Executed']").FillAsync("55000");
        await FillLinesAsync(filer, ("80", "90"), ("50", "96"), ("45", "92"));
        await filer.Locator("#submit-report").ClickAsync();
        await Expect(filer.Locator("#line-1 textarea[name='Input.Lines[0].Reason'] + .invalid-feedback"))
            .ToHaveTextAsync("第1行“舆情信息监看、收集和应急处置。”：预计全年完成值 90 达不到年度指标值 ≥98%，请填写偏差原因。");
        await filer.Locator("textarea[name='Input.Lines[0].Reason']").FillAsync("上半年监看平台更换，两周未能全量收集");
        await filer.Locator("textarea[name='Input.Lines[0].Measure']").FillAsync("新平台已上线，下半年增加夜间值守");
        await filer.Locator("#submit-report").ClickAsync();
        await Expect(filer.Locator("#report-message")).ToHaveTextAsync("已提交审核。");
        await filer.ScreenshotAsync(new() { Path = Artefacts.PathOf("lifecycle-03-monitoring.png"), FullPage = true });

        // 自评 at year end. No weights on the form: 产出 50, 效果 30, 满意度 10 and 资金执行率 10 points. By hand:
        //   舆情信息监看…  93 of ≥98%:  93 ÷ 98 × 50 = 47.45
        //   网络安全管理    96 of ≥95%:  over the target, capped     = 30
        //   广大群众满意度  85 of ≥90%:  85 ÷ 90 × 10 =  9.44
        //   资金执行率      92,000 of 100,000 元: 0.92 × 10  =  9.20
        //   总分 96.09, 等级 优 (≥ 90)
        await filer.GotoAsync($"/declarations/{id}/reports");
        await filer.Locator("#open-self-evaluation").ClickAsync();
        await filer.WaitForURLAsync("**/reports/*");
        var report = filer.Url;
        await filer.Locator("input[name='Input.Executed']").FillAsync("92000");
        await filer.Locator("textarea[name='Input.Summary']").FillAsync("全年监看舆情信息，处置及时，网络安全管理目标完成。");
        foreach (var (line, actual) in new[] { (0, "93"), (1, "96"), (2, "85") })
        {
            await filer.Locator($"input[name='Input.Lines[{line}].Actual']").FillAsync(actual);
        }

        foreach (var (line, reason, measure) in new[] { (0, "平台更换期间漏采", "建立备用采集通道"), (2, "回访样本偏少", "扩大回访范围") })
        {
            await filer.Locator($"textarea[name='Input.Lines[{line}].Reason']").FillAsync(reason);
            await filer.Locator($"textarea[name='Input.Lines[{line}].Measure']").FillAsync(measure);
        }

        await filer.Locator("#submit-report").ClickAsync();
        await Expect(filer.Locator("#report-message")).ToHaveTextAsync("已提交审核。");
        (await Task.WhenAll(Enumerable.Range(1, 3).Select(n => filer.Locator($"#score-{n}").TextContentAsync()))).ShouldBe(["47.45", "30", "9.44"]);
        await Expect(filer.Locator("#report-score")).ToContainTextAsync("总分 96.09 分，等级 优");

        foreach (var (reviewer, opinion) in new[] { ("reviewer-business", "自评属实。"), ("reviewer-performance", "同意。") })
        {
            var page = await session.NewPageAsync(reviewer);
            await page.GotoAsync(report);
            await page.Locator("#Opinion").FillAsync(opinion);
            await page.Locator("#approve-report").ClickAsync();
            await Expect(page.Locator("#report-message")).ToContainTextAsync("已审核通过并盖章。");
        }

        var pdf = await (await filer.APIRequest.GetAsync($"{new Uri(report).AbsolutePath}/pdf")).BodyAsync();
        var path = Artefacts.PathOf("lifecycle-04-self-evaluation.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        await Artefacts.RenderFirstPageAsync(path); // for people to look at
        var printed = PdfText.Of(pdf);
        foreach (var text in new[] { "项目支出绩效自评表", Project, "47.45", "96.09", "等级：优", "自评属实。" })
        {
            printed.ShouldContain(text);
        }
    }

    private static async Task FillLinesAsync(IPage filer, params (string Actual, string Projected)[] answers)
    {
        for (var i = 0; i < answers.Length; i++)
        {
            await filer.Locator($"input[name='Input.Lines[{i}].Actual']").FillAsync(answers[i].Actual);
            await filer.Locator($"input[name='Input.Lines[{i}].Projected']").FillAsync(answers[i].Projected);
            await filer.Locator($"select[name='Input.Lines[{i}].WillMeet']").SelectOptionAsync("true");
        }
    }

    /// <summary>Copies the seed's 2023 project to <see cref="Year"/>, saves and submits it; the new declaration's id.</summary>
}
