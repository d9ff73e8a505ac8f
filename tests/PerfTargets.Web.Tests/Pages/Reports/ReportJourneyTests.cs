using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerfTargets.Core.Auditing;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Review;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;
using PerfTargets.Web.Auditing;
using static PerfTargets.Web.Tests.DemoDepartments;
using static PerfTargets.Web.Tests.Pages.Reports.ReportSteps;

namespace PerfTargets.Web.Tests.Pages.Reports;

/// <summary>
/// 运行监控 and 自评 on seed 004's first project once approved, on both databases: a mid-year report
/// with one lagging indicator whose reason is asked for at its line, submitted and approved through
/// both sections; a year-end 自评 scoring as the hand calculation; and what is refused.
/// </summary>
public class ReportJourneyTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_mid_year_report_with_a_lagging_indicator_needs_its_reason_and_passes_both_sections(DatabaseProvider provider)
    {
        await using var app = await databases.DemoAppAsync(provider);
        var id = await app.DeclarationIdAsync(Project);
        await ApproveDeclarationAsync(app, id);
        var unit = (await app.DeclarationAsync(id)).MoneyUnit;
        var filer = await app.FilerOfDepartmentAsync(Shanhaiguan);

        var opened = await OpenAsync(filer, id, "Monitoring", "2023-06-30");
        var reportId = ReportIdOf(opened);
        var url = $"/declarations/{id}/reports/{reportId}";
        var form = await FillAsync(filer, url, unit, 55_000m,
            ("Lines[0].Actual", "80"), ("Lines[0].Projected", "90"), ("Lines[0].WillMeet", "true"),
            ("Lines[1].Actual", "96"), ("Lines[1].Projected", "96"), ("Lines[1].WillMeet", "true"),
            ("Lines[2].Actual", "91"), ("Lines[2].Projected", "92"), ("Lines[2].WillMeet", "true"));
        var refused = Html.Parse(await (await form.PostToAsync($"{url}?handler=Submit")).Content.ReadAsStringAsync());

        refused.QuerySelector("#line-1 textarea[name='Input.Lines[0].Reason'] + .invalid-feedback")!.TextContent
            .ShouldBe("第1行“舆情信息监看、收集和应急处置。”：预计全年完成值 90 达不到年度指标值 ≥95%，请填写偏差原因。");
        refused.QuerySelector("#line-2 .invalid-feedback:not(:empty)").ShouldBeNull();
        refused.QuerySelector("#line-1 .badge")!.TextContent.ShouldBe("红");

        var fixedForm = await FillAsync(filer, url, unit, 55_000m,
            ("Lines[0].Reason", "上半年监看平台更换，两周未能全量收集"), ("Lines[0].Measure", "新平台已上线，下半年增加夜间值守"));
        var submitted = await (await fixedForm.PostToAsync($"{url}?handler=Submit")).Content.ReadAsStringAsync();
        Html.Parse(submitted).QuerySelector("#report-message")!.TextContent.ShouldBe("已提交审核。");
        Html.Parse(submitted).QuerySelector("#report-signal .badge")!.TextContent.ShouldBe("黄");

        var business = await app.SignInAsync("reviewer-business");
        var performance = await app.SignInAsync("reviewer-performance");
        (await performance.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "not yet at the 绩效管理股");
        (await business.GetStringAsync("/review")).ShouldContain("2023年6月30日运行监控");
        await DecideAsync(business, url, "Approve", "同意。");
        var returned = await DecideAsync(performance, url, "Return", "  ");
        Html.Parse(await returned.Content.ReadAsStringAsync()).QuerySelector("#report-review .invalid-feedback")!.TextContent
            .ShouldBe("退回时须填写审核意见，说明需要修改的内容。");
        var approved = Html.Parse(await (await DecideAsync(performance, url, "Approve", null)).Content.ReadAsStringAsync());

        approved.QuerySelector("#report-status")!.TextContent.ShouldBe("已批复");
        approved.QuerySelectorAll("#report-history li").Length.ShouldBe(3);
        AuditAction[] reportActions = [AuditAction.ReportOpened, AuditAction.ReportSaved, AuditAction.ReportSubmitted, AuditAction.ReportApproved, AuditAction.ReportReturned];
        var actions = await app.QueryAsync(db => db.AuditEntries.Where(e => e.DeclarationId == id && reportActions.Contains(e.Action))
            .OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync());
        actions.ShouldBe([AuditAction.ReportOpened, AuditAction.ReportSaved, AuditAction.ReportSaved, AuditAction.ReportSubmitted, AuditAction.ReportApproved, AuditAction.ReportApproved]);

        // At a glance: on the declaration's page, and in the list's workbook a finance office sorts and files.
        Html.Parse(await business.GetStringAsync($"/declarations/{id}")).QuerySelector("#report-glances .badge")!.TextContent.ShouldBe("黄");
        var table = await ExportedTable.ReadAsync(await business.GetAsync("/declarations?year=2023&handler=xlsx"), "申报表列表");
        var row = table.Column("项目名称").Select(c => c.Text).ToList().IndexOf(Project);
        table.Column("运行监控与自评")[row].Text.ShouldBe("6月30日 黄（已批复）");

        // The frozen version and its 流转记录 are records: the database itself refuses to change or remove them.
        foreach (var sql in new[]
        {
            """UPDATE "ReportVersions" SET "Content" = 'x'""", """DELETE FROM "ReportVersions" """,
            """UPDATE "ReportEvents" SET "Opinion" = 'x'""", """DELETE FROM "ReportEvents" """,
        })
        {
            (await Should.ThrowAsync<Exception>(() => app.QueryAsync(db => db.Database.ExecuteSqlRawAsync(sql)))).Message.ShouldContain("append-only");
        }
    }

    //  序号 指标                     年度指标值 实际  分值  得分
    //  1    舆情信息监看…            ≥95%       93    50    93÷95×50 = 48.947 → 48.95
    //  2    网络安全管理             ≥95%       96    30    capped           = 30.00
    //  3    广大群众满意度           ≥90%       85    10    85÷90×10 = 9.444 → 9.44
    //       资金执行率  100,000 元 执行 92,000   10    0.92×10          =  9.20
    //       总分                                    100                   = 97.59 → 优
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_self_evaluation_scores_as_the_hand_calculation(DatabaseProvider provider)
    {
        await using var app = await databases.DemoAppAsync(provider);
        var id = await app.DeclarationIdAsync(Project);
        await ApproveDeclarationAsync(app, id);
        var filer = await app.FilerOfDepartmentAsync(Shanhaiguan);
        var reportId = ReportIdOf(await OpenAsync(filer, id, "SelfEvaluation"));
        var url = $"/declarations/{id}/reports/{reportId}";

        var form = await FillAsync(filer, url, (await app.DeclarationAsync(id)).MoneyUnit, 92_000m,
            ("Summary", "全年监看舆情信息，处置及时。"),
            ("Lines[0].Actual", "93"), ("Lines[0].Reason", "平台更换期间漏采"), ("Lines[0].Measure", "建立备用采集通道"),
            ("Lines[1].Actual", "96"),
            ("Lines[2].Actual", "85"), ("Lines[2].Reason", "回访样本偏少"), ("Lines[2].Measure", "扩大回访范围"));
        var page = Html.Parse(await (await form.PostToAsync($"{url}?handler=Submit")).Content.ReadAsStringAsync());

        page.QuerySelector("#report-message")!.TextContent.ShouldBe("已提交审核。");
        Enumerable.Range(1, 3).Select(n => page.QuerySelector($"#score-{n}")!.TextContent).ShouldBe(["48.95", "30", "9.44"]);
        page.QuerySelector("#report-score")!.TextContent.ShouldStartWith("总分 97.59 分，等级 优");

        await DecideAsync(await app.SignInAsync("reviewer-business"), url, "Approve", "业务股室：自评属实。");
        await DecideAsync(await app.SignInAsync("reviewer-performance"), url, "Approve", "绩效管理股：同意。");
        var response = await filer.GetAsync($"{url}/pdf");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var pdf = await response.Content.ReadAsByteArrayAsync();
        await File.WriteAllBytesAsync(Path.Combine(AppContext.BaseDirectory, $"self-evaluation-{provider}.pdf"), pdf);
        var text = PdfText.Of(pdf);
        foreach (var expected in new[] { "项目支出绩效自评表", "网络舆情综合管理", "48.95", "97.59", "等级：优", "业务股室：自评属实。", "绩效管理股：同意。" })
        {
            text.ShouldContain(expected);
        }
    }

    [Fact]
    public async Task Reports_are_refused_on_a_declaration_not_approved_to_another_department_and_to_a_section_not_at_its_turn()
    {
        await using var app = await databases.DemoAppAsync();
        var id = await app.DeclarationIdAsync(Project);
        var filer = await app.FilerOfDepartmentAsync(Shanhaiguan);

        var notApproved = await OpenAsync(filer, id, "Monitoring", "2023-06-30");
        Html.Parse(await notApproved.Content.ReadAsStringAsync()).QuerySelector("#reports-refusal")!.TextContent
            .ShouldBe("只有已批复的申报表可以填报运行监控和绩效自评。");

        await ApproveDeclarationAsync(app, id);
        var notADate = await OpenAsync(filer, id, "Monitoring", "2023-07-15");
        Html.Parse(await notADate.Content.ReadAsStringAsync()).QuerySelector("#reports-refusal")!.TextContent
            .ShouldBe("运行监控只在监控时点填报：6月30日、9月30日。");
        (await OpenAsync(filer, id, "Sometimes", "2023-06-30")).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "no kind the page offers");
        (await app.QueryAsync(db => db.PerformanceReports.CountAsync())).ShouldBe(0);
        var reportId = ReportIdOf(await OpenAsync(filer, id, "Monitoring", "2023-06-30"));
        var url = $"/declarations/{id}/reports/{reportId}";

        var other = await app.FilerOfDepartmentAsync(Suzhou);
        (await other.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PostAsync($"/declarations/{id}/reports?handler=Open", new FormUrlEncodedContent([new("kind", "SelfEvaluation")]))).StatusCode
            .ShouldBe(HttpStatusCode.BadRequest, "no form token: nothing reaches the desk");
        (await (await app.SignInAsync("reviewer-business")).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "a draft is the filer's");
        (await app.QueryAsync(db => db.PerformanceReports.CountAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task A_draft_keeps_nothing_a_column_could_not_hold_and_the_report_pages_answer_only_who_may_see_them()
    {
        await using var app = await databases.DemoAppAsync();
        var id = await app.DeclarationIdAsync(Project);
        var reviewer = await app.SignInAsync("reviewer-business");
        (await reviewer.GetAsync($"/declarations/{id}/reports")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "a draft declaration has reached no section");
        (await (await app.FilerOfDepartmentAsync(Suzhou)).GetAsync($"/declarations/{id}/reports")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await ApproveDeclarationAsync(app, id);
        (await reviewer.GetAsync($"/declarations/{id}/reports")).StatusCode.ShouldBe(HttpStatusCode.OK, "an approved declaration is every section's to read");
        var unit = (await app.DeclarationAsync(id)).MoneyUnit;
        var filer = await app.FilerOfDepartmentAsync(Shanhaiguan);
        var reportId = ReportIdOf(await OpenAsync(filer, id, "Monitoring", "2023-06-30"));
        var url = $"/declarations/{id}/reports/{reportId}";
        var form = await FillAsync(filer, url, unit, 55_000m, ("FundingReason", new string('慢', DeclarationLimits.LineText + 1)), ("Lines[0].Reason", "平台更换\u0007"));

        var refused = Html.Parse(await (await form.PostToAsync($"{url}?handler=Save")).Content.ReadAsStringAsync());

        refused.QuerySelector("textarea[name='Input.FundingReason'] ~ .invalid-feedback")!.TextContent.ShouldBe($"资金执行偏差原因不能超过 {DeclarationLimits.LineText} 个字。");
        refused.QuerySelector("textarea[name='Input.Lines[0].Reason'] + .invalid-feedback")!.TextContent.ShouldStartWith("第1行“舆情信息监看、收集和应急处置。”的原因");
        (await app.QueryAsync(db => db.PerformanceReports.Where(r => r.Id == reportId).Select(r => r.Funding.Executed).SingleAsync())).ShouldBeNull("nothing of the form was kept");
        (await form.PostToAsync(url)).StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed, "a post naming no handler");
        (await form.PostToAsync($"{url}?handler=Bogus")).StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed, "a post naming a handler the page lacks");
    }

    [Fact]
    public async Task A_frozen_report_altered_behind_the_application_is_refused()
    {
        await using var app = await databases.DemoAppAsync();
        var id = await app.DeclarationIdAsync(Project);
        await ApproveDeclarationAsync(app, id);
        var filer = await app.FilerOfDepartmentAsync(Shanhaiguan);
        var reportId = ReportIdOf(await OpenAsync(filer, id, "SelfEvaluation"));
        var url = $"/declarations/{id}/reports/{reportId}";
        var form = await FillAsync(filer, url, (await app.DeclarationAsync(id)).MoneyUnit, 100_000m,
            ("Summary", "全部完成。"), ("Lines[0].Actual", "96"), ("Lines[1].Actual", "96"), ("Lines[2].Actual", "95"));
        await form.PostToAsync($"{url}?handler=Submit");

        // Someone with the database password drops the guard and edits the stored report.
        await app.QueryAsync(db => db.Database.ExecuteSqlRawAsync("""DROP TRIGGER "ReportVersions_no_update" """));
        await app.QueryAsync(db => db.Database.ExecuteSqlRawAsync("""UPDATE "ReportVersions" SET "Content" = REPLACE("Content", '96', '99')"""));

        var response = await filer.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadAsStringAsync()).ShouldContain("版本内容与其哈希不符");

        // Content and hash rewritten together: the keyed 提交报告 audit row still holds the hash that was submitted.
        var (versionId, content) = await app.QueryAsync(async db => await db.ReportVersions.Where(v => v.ReportId == reportId).Select(v => new ValueTuple<int, string>(v.Id, v.Content)).SingleAsync());
        await app.QueryAsync(db => db.Database.ExecuteSqlRawAsync("""UPDATE "ReportVersions" SET "ContentHash" = {0} WHERE "Id" = {1}""", DeclarationVersion.HashOf(content), versionId));
        var rehashed = await filer.GetAsync(url);
        rehashed.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await filer.GetAsync($"/api/v1/declarations/{id}/reports/{reportId}")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var business = await app.SignInAsync("reviewer-business");
        (await business.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // verify-audit and 校验哈希链 name it too.
        using var scope = app.Services.CreateScope();
        var integrity = await scope.ServiceProvider.GetRequiredService<IntegrityCheck>().RunAsync();
        integrity.Intact.ShouldBeFalse();
        integrity.Reports.Altered.Select(r => (r.ReportId, r.Number)).ShouldBe([(reportId, 1)]);
        integrity.Findings().ShouldContain(f => f.StartsWith($"报告版本被改动：报告（编号 {reportId}）第 1 版", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Report_glances_are_not_computed_on_an_approved_version_rewritten_with_its_hash()
    {
        await using var app = await databases.DemoAppAsync();
        var id = await app.DeclarationIdAsync(Project);
        await ApproveDeclarationAsync(app, id);
        var filer = await app.FilerOfDepartmentAsync(Shanhaiguan);
        ReportIdOf(await OpenAsync(filer, id, "SelfEvaluation"));
        var admin = await app.SignInAsync("admin");
        (await admin.GetAsync("/declarations?handler=xlsx")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The guard dropped and the approved version's content and hash rewritten together: only the keyed 提交 row can tell.
        await app.QueryAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync("""DROP TRIGGER IF EXISTS "DeclarationVersions_no_update" """);
            var version = await db.DeclarationVersions.Where(v => v.DeclarationId == id).OrderByDescending(v => v.Number).FirstAsync();
            var document = System.Text.Json.Nodes.JsonNode.Parse(version.Content)!;
            document["projectName"] = (string)document["projectName"]! + "（已改）";
            var content = document.ToJsonString();
            return await db.Database.ExecuteSqlRawAsync("""UPDATE "DeclarationVersions" SET "Content" = {0}, "ContentHash" = {1} WHERE "Id" = {2}""",
                content, DeclarationVersion.HashOf(content), version.Id);
        });

        (await admin.GetAsync("/declarations?handler=xlsx")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    private static async Task<HttpResponseMessage> DecideAsync(HttpClient reviewer, string url, string handler, string? opinion)
    {
        var form = await PageForm.LoadAsync(reviewer, url, "form#report-form");
        form.Set("Opinion", opinion ?? string.Empty);
        return await form.PostToAsync($"{url}?handler={handler}");
    }
}
