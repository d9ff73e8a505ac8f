using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Auditing;
using PerfTargets.Testing;
using static PerfTargets.Web.Tests.DemoDepartments;

namespace PerfTargets.Web.Tests.Pages.Review;

/// <summary>
/// 例外说明 through the pages: 网络舆情综合管理, submitted to 业务股室, has one finding (R13 at "kind",
/// 项目属性 not stated). The reviewer at the turn accepts it with a note or withdraws that; the
/// review page, the filer's page and the history show it; anyone else is refused.
/// </summary>
public class ExceptionNoteTests(TestDatabases databases, ReviewAccessMatrixTests.Submitted submitted)
    : IClassFixture<TestDatabases>, IClassFixture<ReviewAccessMatrixTests.Submitted>
{
    private const string Project = "网络舆情综合管理";
    private const string Note = "项目属性以主管部门批复为准，纸质表未注明。";
    private const string AcceptForm = "details.problem-accept form";

    private static async Task<HttpResponseMessage> AcceptAsync(HttpClient reviewer, int id, string note)
    {
        var form = await PageForm.LoadAsync(reviewer, $"/review/{id}", AcceptForm);
        return await form.Set("Note", note).PostAsync();
    }

    private static async Task<(PerfTargetsApp App, int Id)> SubmittedAppAsync(TestDatabases databases)
    {
        var app = await databases.DemoAppAsync();
        var id = await app.DeclarationIdAsync(Project);
        await ReviewSteps.SubmitAsync(await app.FilerOfDepartmentAsync(Shanhaiguan), id);
        return (app, id);
    }

    [Theory]
    [InlineData("filer-shanhaiguan", HttpStatusCode.Forbidden)]
    [InlineData("admin", HttpStatusCode.Forbidden)]
    [InlineData("reviewer-performance", HttpStatusCode.NotFound)]
    public async Task Accepting_is_refused_to_whoever_is_not_at_the_turn(string user, HttpStatusCode expected)
    {
        var (app, id) = (submitted.App, submitted.Id);
        var forged = await PageForm.LoadAsync(await app.SignInAsync("reviewer-business"), $"/review/{id}", AcceptForm);
        var client = await app.SignInAsync(user);
        var token = PageForm.Read(client, "/", await client.GetStringAsync("/account/password"))["__RequestVerificationToken"];
        var fields = forged.Fields.Where(f => f.Key != "__RequestVerificationToken").Append(new("__RequestVerificationToken", token)).Append(new("Note", Note));

        var response = await client.PostAsync($"/review/{id}?handler=Accept", new FormUrlEncodedContent(fields));

        response.StatusCode.ShouldBe(expected);
        (await response.Content.ReadAsStringAsync()).ShouldMatch(expected == HttpStatusCode.NotFound ? "找不到该页面" : "无权访问");
        (await app.QueryAsync(db => db.ProblemAcceptances.CountAsync(a => a.DeclarationId == id))).ShouldBe(0);
        if (expected == HttpStatusCode.NotFound)
        {
            (await app.QueryAsync(db => db.AuditEntries.Where(e => e.UserName == user && e.DeclarationId == id).Select(e => e.Detail).ToListAsync()))
                .ShouldContain(d => d.StartsWith("接受例外说明被拒", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task An_empty_note_is_refused_at_its_box_and_nothing_is_stored()
    {
        var (app, id) = (submitted.App, submitted.Id);

        var response = await AcceptAsync(await app.SignInAsync("reviewer-business"), id, "  \n  ");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        page.QuerySelector("#note-R13-kind-error")!.TextContent.ShouldBe("请填写例外说明：写明为何接受这一项。");
        page.QuerySelector("details.problem-accept")!.HasAttribute("open").ShouldBeTrue();
        page.QuerySelector("#note-R13-kind")!.GetAttribute("aria-describedby").ShouldBe("note-R13-kind-error");
        page.QuerySelector("form#decision").ShouldNotBeNull("the page is whole: the decision is still offered");
        (await app.QueryAsync(db => db.ProblemAcceptances.CountAsync(a => a.DeclarationId == id))).ShouldBe(0);
    }

    [Fact]
    public async Task A_note_over_its_limit_is_refused_and_kept_not_cut()
    {
        var (app, id) = (submitted.App, submitted.Id);
        var note = string.Concat(Enumerable.Repeat("项目属性待主管部门确认。", 50)); // 600 characters

        var response = await AcceptAsync(await app.SignInAsync("reviewer-business"), id, note);

        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        page.QuerySelector("#note-R13-kind-error")!.TextContent.ShouldBe("例外说明不能超过 500 个字。");
        page.QuerySelector("#note-R13-kind")!.TextContent.Trim('\n').ShouldBe(note);
        (await app.QueryAsync(db => db.ProblemAcceptances.CountAsync(a => a.DeclarationId == id))).ShouldBe(0);
    }

    [Fact]
    public async Task An_accepted_finding_is_shown_marked_counted_and_in_the_history_to_reviewers_and_the_filer()
    {
        var (app, id) = await SubmittedAppAsync(databases);
        await using (app)
        {
            var business = await app.SignInAsync("reviewer-business");

            var accepted = await AcceptAsync(business, id, Note);

            accepted.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe($"/review/{id}");
            var page = Html.Parse(await accepted.Content.ReadAsStringAsync());
            page.QuerySelector("#acceptance-message")!.TextContent.ShouldBe("已接受 [R13] 这一项，例外说明已记录。");
            var today = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var mark = page.QuerySelector("#problems .problem-accepted")!.TextContent;
            mark.ShouldContain($"已接受（例外说明）：{Note} — 业务股室审核人（业务股室），{today}");
            mark.ShouldContain("第 1 版");
            page.QuerySelector("#problems .problem-accepted")!.ParentElement!.QuerySelector("a")!.TextContent.ShouldContain("[R13]", Case.Sensitive, "still listed");
            page.QuerySelector("#accepted-count")!.TextContent.ShouldBe("（1 条已接受）");
            page.QuerySelector("#decision")!.TextContent.ShouldContain("系统检查发现 5 处提示（其中 1 处已接受）");
            page.QuerySelector("#note-R13-kind").ShouldBeNull("accepted already");
            page.QuerySelector(AcceptForm).ShouldNotBeNull("the other findings are still offered");
            page.QuerySelector("#history ~ ol li[data-event=ExceptionAccepted]")!.TextContent.ShouldContain(Note);

            var filerPage = Html.Parse(await (await app.FilerOfDepartmentAsync(Shanhaiguan)).GetStringAsync($"/declarations/{id}"));
            filerPage.QuerySelector("#problems .problem-accepted")!.TextContent.ShouldContain(Note);
            filerPage.QuerySelector("#problems form").ShouldBeNull("read-only for the filer");
            filerPage.QuerySelector("#history ~ ol li[data-event=ExceptionAccepted]").ShouldNotBeNull();

            // On to 绩效管理股, which sees the acceptance but neither withdraws it nor is offered to.
            await ReviewSteps.DecideAsync(business, id, "Approve", null);
            var performance = await app.SignInAsync("reviewer-performance");
            var next = Html.Parse(await performance.GetStringAsync($"/review/{id}"));
            next.QuerySelector("#problems .problem-accepted")!.TextContent.ShouldContain(Note);
            next.QuerySelector("#problems .problem-accepted form").ShouldBeNull();
            var acceptanceId = await app.QueryAsync(db => db.ProblemAcceptances.Where(a => a.DeclarationId == id).Select(a => a.Id).SingleAsync());
            var forged = await PageForm.LoadAsync(performance, $"/review/{id}", "form#decision");
            var refused = await forged.Set("AcceptanceId", acceptanceId.ToString(CultureInfo.InvariantCulture)).PostToAsync($"/review/{id}?handler=WithdrawAcceptance");
            Html.Parse(await refused.Content.ReadAsStringAsync()).QuerySelector("#refusal")!.TextContent.ShouldBe("这条例外说明由业务股室接受，只有该科室能撤回。");

            var actions = await app.QueryAsync(db => db.AuditEntries.Where(e => e.DeclarationId == id).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync());
            actions.ShouldBe([AuditAction.Submitted, AuditAction.ExceptionAccepted, AuditAction.Approved, AuditAction.Refused]);
            (await app.QueryAsync(db => db.ProblemAcceptances.SingleAsync(a => a.DeclarationId == id))).Stands.ShouldBeTrue();
        }
    }

    [Fact]
    public async Task The_reviewer_withdraws_an_acceptance_and_the_history_keeps_both_steps()
    {
        var (app, id) = await SubmittedAppAsync(databases);
        await using (app)
        {
            var business = await app.SignInAsync("reviewer-business");
            await AcceptAsync(business, id, Note);

            var withdrawn = await (await PageForm.LoadAsync(business, $"/review/{id}", "#problems .problem-accepted form")).PostAsync();

            var page = Html.Parse(await withdrawn.Content.ReadAsStringAsync());
            page.QuerySelector("#acceptance-message")!.TextContent.ShouldBe("已撤回对这一项的接受。");
            page.QuerySelector("#problems .problem-accepted").ShouldBeNull();
            page.QuerySelector("#accepted-count").ShouldBeNull();
            page.QuerySelector(AcceptForm).ShouldNotBeNull("it may be accepted again");
            page.QuerySelectorAll("#history ~ ol li").Select(li => li.GetAttribute("data-event")).ShouldBe(["Submitted", "ExceptionAccepted", "ExceptionWithdrawn"]);
            var actions = await app.QueryAsync(db => db.AuditEntries.Where(e => e.DeclarationId == id).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync());
            actions.ShouldBe([AuditAction.Submitted, AuditAction.ExceptionAccepted, AuditAction.ExceptionWithdrawn]);
        }
    }
}
