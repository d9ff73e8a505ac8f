using System.Globalization;
using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Auditing;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Rounds;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;
using static PerfTargets.Web.Tests.DemoDepartments;

namespace PerfTargets.Web.Tests.Pages.Declarations;

/// <summary>
/// 提交审核 from the editor (保存并提交审核) and from the declaration's page, through the one confirmation:
/// errors keep the filer in the editor with why; otherwise the confirmation says what is frozen and who
/// reviews next, and confirming submits; a closed round, a second submission and another department are refused.
/// </summary>
public class SubmissionTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private const string Project = "网络舆情综合管理";

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_editor_saves_then_confirms_what_is_frozen_and_who_reviews_then_submits(DatabaseProvider provider)
    {
        await using var app = await databases.DemoAppAsync(provider);
        var id = await app.DeclarationIdAsync(Project);
        var today = ChinaCalendar.Day(DateTime.UtcNow);
        await TestRounds.OpenAsync(app, 2023, today.AddDays(5), Shanhaiguan);
        var filer = await app.FilerOfDepartmentAsync(Shanhaiguan);

        var form = (await PageForm.LoadAsync(filer, $"/declarations/{id}/edit")).Set("Input.ProjectCode", "224002-2023-01");
        var confirmation = await form.PostToAsync($"/declarations/{id}/edit?handler=Submit");

        confirmation.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe($"/declarations/{id}/submit");
        (await app.DeclarationAsync(id)).ProjectCode.ShouldBe("224002-2023-01"); // saved before anything else
        var html = await confirmation.Content.ReadAsStringAsync();
        var page = new HtmlParser().ParseDocument(html);
        page.GetElementById("summary-name")!.TextContent.ShouldBe(Project);
        page.GetElementById("summary-money")!.TextContent.ShouldBe("100,000.00 元");
        page.GetElementById("summary-indicators")!.TextContent.ShouldBe("3 项");
        page.GetElementById("summary-version")!.TextContent.ShouldStartWith("第 1 版：提交时计算内容哈希（SHA-256）");
        page.GetElementById("summary-next")!.TextContent.ShouldBe("提交后由业务股室审核。");
        page.GetElementById("summary-deadline")!.TextContent.ShouldBe($"“2023年项目支出绩效目标申报”截止 {Day(today.AddDays(5))}（还剩 5 天）");
        page.GetElementById("submission-warnings")!.TextContent.ShouldContain("[R13]"); // a warning does not block: it is listed
        page.GetElementById("submit-refusal").ShouldBeNull();
        (await app.DeclarationAsync(id)).Status.ShouldBe(DeclarationStatus.Draft); // nothing submitted before the confirmation

        var submitted = await PageForm.Read(filer, $"/declarations/{id}/submit", html, "form#submit-form").PostAsync();

        (await submitted.Content.ReadAsStringAsync()).ShouldContain("已提交，等待审核。提交的版本已锁定");
        var declaration = await app.DeclarationAsync(id);
        declaration.Status.ShouldBe(DeclarationStatus.Submitted);
        var version = await app.QueryAsync(db => db.DeclarationVersions.SingleAsync(v => v.DeclarationId == id));
        version.Number.ShouldBe(1);
        version.Verifies().ShouldBeTrue();
        version.Read().ProjectCode.ShouldBe("224002-2023-01");

        // Once submitted: the confirmation only says so, and the confirmation read before is stale.
        var again = new HtmlParser().ParseDocument(await filer.GetStringAsync($"/declarations/{id}/submit"));
        again.GetElementById("submit-refusal")!.TextContent.ShouldContain("该申报表当前为“已提交”，不能再次提交。");
        again.QuerySelector("form#submit-form button").ShouldBeNull();
        var twice = await PageForm.Read(filer, $"/declarations/{id}/submit", html, "form#submit-form").PostAsync();
        (await twice.Content.ReadAsStringAsync()).ShouldContain("该申报表在您打开后已被处理或修改，本次操作未执行。");
        (await app.QueryAsync(db => db.DeclarationVersions.CountAsync(v => v.DeclarationId == id))).ShouldBe(1);
    }

    [Fact]
    public async Task With_errors_the_editor_saves_and_stays_saying_why_it_was_not_submitted()
    {
        await using var app = await databases.DemoAppAsync();
        var id = await app.DeclarationIdAsync("新媒体软课题费"); // seed 001: its budget lines do not add up (R01), and one more error
        var filer = await app.FilerOfAsync(id);

        var form = (await PageForm.LoadAsync(filer, $"/declarations/{id}/edit")).Set("Input.ProjectCode", "P-001");
        var response = await form.PostToAsync($"/declarations/{id}/edit?handler=Submit");

        response.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe($"/declarations/{id}/edit");
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        page.GetElementById("not-submitted")!.TextContent.ShouldBe("未提交审核：还有 2 处错误，已在下方和审核检查中标出，请改正后再提交。");
        page.QuerySelector(".alert-success")!.TextContent.ShouldStartWith("已保存");
        page.GetElementById("problems")!.TextContent.ShouldContain("[R01]");
        var stored = await app.DeclarationAsync(id);
        (stored.ProjectCode, stored.Status).ShouldBe(("P-001", DeclarationStatus.Draft));

        // What cannot be read is neither saved nor submitted, and stays on the page.
        var unreadable = await (await PageForm.LoadAsync(filer, $"/declarations/{id}/edit")).Set("Input.ProjectCode", "P-002")
            .Set("Input.AnnualFunding.Amounts[Total]", "四十万").PostToAsync($"/declarations/{id}/edit?handler=Submit");
        var html = await unreadable.Content.ReadAsStringAsync();
        html.ShouldContain("未保存，未提交审核：");
        html.ShouldContain("四十万");
        (await app.DeclarationAsync(id)).ProjectCode.ShouldBe("P-001");
    }

    [Fact]
    public async Task After_the_rounds_deadline_the_confirmation_and_the_submission_refuse_in_chinese()
    {
        await using var app = await databases.DemoAppAsync();
        var id = await app.DeclarationIdAsync(Project);
        var closed = ChinaCalendar.Day(DateTime.UtcNow).AddDays(-1);
        await TestRounds.OpenAsync(app, 2023, closed, Shanhaiguan);
        var filer = await app.FilerOfDepartmentAsync(Shanhaiguan);
        var refusal = $"申报批次“2023年项目支出绩效目标申报”已于 {Day(closed)} 截止，逾期不能提交。如需提交，请联系财政局（系统管理员）为本单位延期。";

        var html = await filer.GetStringAsync($"/declarations/{id}/submit");
        var page = new HtmlParser().ParseDocument(html);
        page.GetElementById("submit-refusal")!.TextContent.ShouldContain(refusal);
        page.QuerySelector("form#submit-form button")!.HasAttribute("disabled").ShouldBeTrue();
        var forced = await PageForm.Read(filer, $"/declarations/{id}/submit", html, "form#submit-form").PostAsync();

        (await forced.Content.ReadAsStringAsync()).ShouldContain(refusal);
        (await app.DeclarationAsync(id)).Status.ShouldBe(DeclarationStatus.Draft);
    }

    [Fact]
    public async Task A_filer_of_another_department_neither_sees_the_confirmation_nor_submits()
    {
        await using var app = await databases.DemoAppAsync();
        var id = await app.DeclarationIdAsync(Project);
        var own = await PageForm.LoadAsync(await app.FilerOfDepartmentAsync(Shanhaiguan), $"/declarations/{id}/submit", "form#submit-form");
        var other = await app.FilerOfDepartmentAsync(Suzhou);
        var refusals = () => app.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.Refused && e.DeclarationId == id));

        (await other.GetAsync($"/declarations/{id}/submit")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await refusals()).ShouldBe(1);
        var token = PageForm.Read(other, "/", await other.GetStringAsync("/account/password"))["__RequestVerificationToken"];
        var posted = await other.PostAsync($"/declarations/{id}/submit", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("stamp", own["stamp"])]));

        posted.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await refusals()).ShouldBe(2);
        (await app.DeclarationAsync(id)).Status.ShouldBe(DeclarationStatus.Draft);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
