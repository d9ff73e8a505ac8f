using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Rounds;
using PerfTargets.Data.Accounts;
using static PerfTargets.Web.Tests.DemoDepartments;

namespace PerfTargets.Web.Tests.Pages.Rounds;

/// <summary>
/// 批量打印 of a round: the finance office prints the round's 已批复 (or 已提交) declarations as one PDF,
/// departments in code order with contents, all of them or those ticked on the desk; a reviewer gets
/// what has reached their section, a filer nothing; nothing to print is said in words.
/// </summary>
public class RoundBatchPrintTests(RoundBatchPrintTests.Batch batch) : IClassFixture<RoundBatchPrintTests.Batch>
{
    private const string ChenggongCode = "530114001";

    /// <summary>
    /// A 2026 round for 山海关, 门户网站, 宿州 and 呈贡, with clean declarations of 2026 in every state but
    /// 草稿: 山海关's first, 门户网站's and 宿州's first approved by both sections; 山海关's second waiting on
    /// 绩效管理股, 宿州's second on 业务股室; 呈贡 has none. The cases only print it.
    /// </summary>
    public sealed class Batch : SharedDemoApp
    {
        public const string ShanhaiguanApproved = "山海关网络舆情监测平台运维";
        public const string ShanhaiguanAtPerformance = "山海关网信宣传阵地建设";
        public const string PortalApproved = "门户网站集约化改版";
        public const string SuzhouApproved = "宿州网络安全态势感知";
        public const string SuzhouAtBusiness = "宿州网络举报中心运维";

        public int RoundId { get; private set; }

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            var admin = await App.AdminAsync();
            var today = ChinaCalendar.Day(DateTime.UtcNow);
            var ids = await App.QueryAsync(db => db.Departments.Where(d => d.Code == Shanhaiguan || d.Code == Portal || d.Code == Suzhou || d.Code == ChenggongCode)
                .Select(d => d.Id).ToListAsync());
            var opened = await RoundDeskTests.RoundForm(await PageForm.LoadAsync(admin, "/rounds/edit"), 2026, today.AddDays(-1), today.AddDays(30), ids)
                .Set("Input.Name", "2026年项目支出绩效目标申报").PostAsync();
            RoundId = int.Parse(opened.RequestMessage!.RequestUri!.Segments[^1], CultureInfo.InvariantCulture);

            var business = await App.SignInAsync("reviewer-business");
            var performance = await App.SignInAsync("reviewer-performance");
            foreach (var (code, project, approvals) in new[]
            {
                (Shanhaiguan, ShanhaiguanApproved, 2), (Shanhaiguan, ShanhaiguanAtPerformance, 1), (Portal, PortalApproved, 2),
                (Suzhou, SuzhouApproved, 2), (Suzhou, SuzhouAtBusiness, 0),
            })
            {
                var filer = DemoAccounts.Filers[code].UserName;
                var id = await CleanDeclarations.CreateAsync(App, filer, document => document["projectName"] = JsonValue.Create(project));
                (await ReviewSteps.SubmitAsync(await App.SignInAsync(filer), id)).EnsureSuccessStatusCode();
                foreach (var reviewer in new[] { business, performance }.Take(approvals))
                {
                    (await ReviewSteps.DecideAsync(reviewer, id, "Approve", null)).EnsureSuccessStatusCode();
                }
            }
        }
    }

    private string Address(string query = "") => $"/rounds/{batch.RoundId}/pdf{query}";

    private static async Task<string> PdfAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        return PdfText.Of(await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>The projects' forms in the order their headings print after the contents page (n、…绩效目标表 a second time).</summary>
    private static List<string> FormsInOrder(string text, params string[] projects)
    {
        var contentsEnd = text.IndexOf("第 1 页", StringComparison.Ordinal);
        contentsEnd.ShouldBeGreaterThan(0);
        return [.. projects.Where(p => text.IndexOf(p + "绩效目标表", contentsEnd, StringComparison.Ordinal) >= 0)
            .OrderBy(p => text.IndexOf(p + "绩效目标表", contentsEnd, StringComparison.Ordinal))];
    }

    private static readonly string[] All = [Batch.ShanhaiguanApproved, Batch.ShanhaiguanAtPerformance, Batch.PortalApproved, Batch.SuzhouApproved, Batch.SuzhouAtBusiness];

    [Fact]
    public async Task The_admin_prints_the_rounds_approved_declarations_as_one_pdf_department_by_department_with_contents()
    {
        var admin = await batch.App.AdminAsync();

        var response = await admin.GetAsync(Address());

        var text = await PdfAsync(response);
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("2026年项目支出绩效目标申报-已批复申报表.pdf");
        text.ShouldContain("2026年项目支出绩效目标申报");
        text.ShouldContain("已批复申报表　3 个单位　3 份");
        text.ShouldContain("目　　录");
        text.ShouldContain($"中共山海关区委网络安全和信息化委员会办公室（{Shanhaiguan}）2");
        text.ShouldContain($"1、{Batch.ShanhaiguanApproved}绩效目标表2");
        text.ShouldContain($"区门户网站管理中心（{Portal}）");
        text.ShouldNotContain("呈贡");
        FormsInOrder(text, All).ShouldBe([Batch.ShanhaiguanApproved, Batch.PortalApproved, Batch.SuzhouApproved]);
        // The frozen version with its approvals, as the single print shows it.
        text.ShouldContain("第 1 版");
        text.ShouldNotContain("草稿，未提交");
    }

    [Fact]
    public async Task Submitted_adds_those_in_review_and_a_selection_prints_only_the_departments_ticked()
    {
        var admin = await batch.App.AdminAsync();
        var suzhou = await batch.App.QueryAsync(db => db.Departments.Where(d => d.Code == Suzhou).Select(d => d.Id).SingleAsync());

        var submitted = await PdfAsync(await admin.GetAsync(Address("?state=submitted&layout=budget")));
        var chosen = await PdfAsync(await admin.GetAsync(Address($"?state=submitted&departments={suzhou}")));

        submitted.ShouldContain("已提交申报表　3 个单位　5 份");
        FormsInOrder(submitted, All).ShouldBe(All);
        submitted.ShouldContain("资金支出计划");
        chosen.ShouldContain("已提交申报表　1 个单位　2 份");
        FormsInOrder(chosen, All).ShouldBe([Batch.SuzhouApproved, Batch.SuzhouAtBusiness]);
    }

    [Fact]
    public async Task A_reviewer_prints_what_has_reached_their_section_and_a_filer_is_refused()
    {
        var performance = await batch.App.SignInAsync("reviewer-performance");
        var business = await batch.App.SignInAsync("reviewer-business");
        var filer = await batch.App.FilerOfDepartmentAsync(Shanhaiguan);

        FormsInOrder(await PdfAsync(await performance.GetAsync(Address("?state=submitted"))), All)
            .ShouldBe([Batch.ShanhaiguanApproved, Batch.ShanhaiguanAtPerformance, Batch.PortalApproved, Batch.SuzhouApproved]);
        FormsInOrder(await PdfAsync(await business.GetAsync(Address("?state=submitted"))), All).ShouldBe(All);
        var refused = await filer.GetAsync(Address());
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("无权访问");
    }

    [Fact]
    public async Task Nothing_to_print_and_a_scope_or_selection_no_batch_has_are_told_in_words()
    {
        var admin = await batch.App.AdminAsync();
        var chenggong = await batch.App.QueryAsync(db => db.Departments.Where(d => d.Code == ChenggongCode).Select(d => d.Id).SingleAsync());

        var empty = await admin.GetAsync(Address($"?departments={chenggong}"));
        var scope = await admin.GetAsync(Address("?state=drafts"));
        var selection = await admin.GetAsync(Address("?departments=呈贡"));

        empty.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await empty.Content.ReadAsStringAsync()).ShouldContain("申报批次“2026年项目支出绩效目标申报”中，所选单位没有已批复申报表。");
        scope.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await scope.Content.ReadAsStringAsync()).ShouldContain("没有名为“drafts”的打印范围。可选：approved（已批复）、submitted（已提交）。");
        selection.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await selection.Content.ReadAsStringAsync()).ShouldContain("所选单位有误");
        (await admin.GetAsync("/rounds/99999/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync(Address("?layout=nope"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_desk_offers_the_batch_with_its_count_and_a_tick_per_department()
    {
        var page = Html.Parse(await (await batch.App.AdminAsync()).GetStringAsync($"/rounds/{batch.RoundId}"));

        var form = page.QuerySelector("form#batch-print[data-pdf]").ShouldNotBeNull();
        form.GetAttribute("action").ShouldBe(Address());
        form.QuerySelector(".pdf-status")!.GetAttribute("data-declarations").ShouldBe("3");
        form.QuerySelectorAll("input[name=state]").Select(i => (i.GetAttribute("value"), i.GetAttribute("data-count"))).ShouldBe([("approved", "3"), ("submitted", "5")]);
        form.QuerySelector("input[name=state][checked]")!.GetAttribute("value").ShouldBe("approved");
        form.QuerySelector("select[name=layout]").ShouldNotBeNull();
        form.QuerySelector("#batch-count")!.TextContent.ShouldBe("全部单位，共 3 份");
        var ticks = page.QuerySelectorAll("#desk tbody tr input[name=departments][form=batch-print]");
        ticks.Select(t => (t.Closest("tr")!.GetAttribute("data-department"), t.GetAttribute("data-approved"), t.GetAttribute("data-submitted")))
            .ShouldBe([(Shanhaiguan, "1", "2"), (Portal, "1", "1"), (Suzhou, "1", "2"), (ChenggongCode, "0", "0")]);
        page.QuerySelectorAll("script").Any(s => (s.GetAttribute("src") ?? string.Empty).StartsWith("/js/batch-print.js", StringComparison.Ordinal)).ShouldBeTrue();
    }
}
