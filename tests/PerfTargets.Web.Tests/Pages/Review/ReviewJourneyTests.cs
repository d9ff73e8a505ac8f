using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Auditing;
using PerfTargets.Core.Declarations;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;
using static PerfTargets.Web.Tests.DemoDepartments;

namespace PerfTargets.Web.Tests.Pages.Review;

/// <summary>
/// The acceptance journey through the pages, on both databases: the demo filer submits, each
/// reviewer acts, the declaration is returned once, fixed, resubmitted and approved, and every step
/// shows in its history with stamps and opinions.
/// </summary>
public class ReviewJourneyTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private const string Project = "网络舆情综合管理";

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_declaration_goes_through_both_sections_is_returned_once_and_approved_after_the_fix(DatabaseProvider provider)
    {
        await using var app = await databases.DemoAppAsync(provider);
        var id = await app.DeclarationIdAsync(Project);
        var filer = await app.FilerOfDepartmentAsync(Shanhaiguan);
        var business = await app.SignInAsync("reviewer-business");
        var performance = await app.SignInAsync("reviewer-performance");

        var editorOpenBeforeSubmission = await PageForm.LoadAsync(filer, $"/declarations/{id}/edit");
        var submitted = await (await PageForm.LoadAsync(filer, $"/declarations/{id}/submit", "form#submit-form")).PostAsync();
        (await submitted.Content.ReadAsStringAsync()).ShouldContain("已提交，等待审核");
        (await business.GetStringAsync("/review")).ShouldContain(Project);
        (await performance.GetStringAsync("/review")).ShouldNotContain(Project);
        // An editor left open saves nothing into the submitted declaration, and says why.
        var locked = await editorOpenBeforeSubmission.Set("Input.ProjectCode", "改动").PostAsync();
        (await locked.Content.ReadAsStringAsync()).ShouldContain("该申报表当前为“已提交”，不能再修改。");
        (await app.DeclarationAsync(id)).ProjectCode.ShouldBe("224-0501-JBN-BOVO");

        (await ReviewSteps.DecideAsync(business, id, "Approve", "业务股室意见：同意。")).RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/review");
        (await ReviewSteps.DecideAsync(performance, id, "Return", "满意度指标目标值偏低，请调整后重新提交。")).RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/review");

        var returnedPage = await filer.GetStringAsync($"/declarations/{id}");
        returnedPage.ShouldContain("满意度指标目标值偏低，请调整后重新提交。");
        returnedPage.ShouldContain("已退回（绩效管理股）");
        (await filer.GetStringAsync("/declarations?returned=true")).ShouldContain(Project);
        Html.Notice(await filer.GetStringAsync("/declarations")).ShouldBe("被退回 1");

        var edit = await PageForm.LoadAsync(filer, $"/declarations/{id}/edit");
        (await edit.Set("Input.ProjectCode", "224-0501-JBN-BOVO-2").PostAsync()).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await PageForm.LoadAsync(filer, $"/declarations/{id}/submit", "form#submit-form")).PostAsync();
        Html.Notice(await performance.GetStringAsync("/review")).ShouldBe("待审 1");

        var reviewPage = new HtmlParser().ParseDocument(await performance.GetStringAsync($"/review/{id}"));
        var changes = reviewPage.QuerySelector("#changes")!;
        changes.TextContent.ShouldContain("自第 1 版（退回的版本）以来的修改：1 处");
        changes.TextContent.ShouldContain("224-0501-JBN-BOVO-2");
        await ReviewSteps.DecideAsync(performance, id, "Approve", null);

        var final = new HtmlParser().ParseDocument(await filer.GetStringAsync($"/declarations/{id}"));
        final.QuerySelector("main h1 + div .badge")!.TextContent.ShouldContain("已批复");
        var steps = final.QuerySelectorAll("#history ~ ol li").Select(li => li.GetAttribute("data-event")).ToList();
        steps.ShouldBe(["Submitted", "Approved", "Returned", "Submitted", "Approved"]);
        final.QuerySelectorAll("#history ~ ol img.seal-stamp").Length.ShouldBe(4); // two department stamps on submission, two section stamps
        final.QuerySelector("#history ~ ol")!.TextContent.ShouldContain("业务股室意见：同意。");

        var actions = await app.QueryAsync(db => db.AuditEntries.Where(e => e.DeclarationId == id).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync());
        actions.ShouldBe([AuditAction.Submitted, AuditAction.Approved, AuditAction.Returned, AuditAction.Saved, AuditAction.Submitted, AuditAction.Approved]);
        (await app.QueryAsync(db => new AuditTrail(db, TestKeys.AuditChain, TimeProvider.System).VerifyAsync())).Intact.ShouldBeTrue();
    }

    [Fact]
    public async Task A_double_click_on_approve_approves_once_and_says_so()
    {
        await using var app = await databases.DemoAppAsync();
        var id = await app.DeclarationIdAsync(Project);
        var filer = await app.FilerOfDepartmentAsync(Shanhaiguan);
        await (await PageForm.LoadAsync(filer, $"/declarations/{id}/submit", "form#submit-form")).PostAsync();
        var business = await app.SignInAsync("reviewer-business");
        var form = await PageForm.LoadAsync(business, $"/review/{id}", "form#decision");

        var first = await form.PostToAsync($"/review/{id}?handler=Approve");
        var second = await form.PostToAsync($"/review/{id}?handler=Approve");

        first.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/review");
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        new HtmlParser().ParseDocument(await second.Content.ReadAsStringAsync()).QuerySelector("#refusal")!.TextContent
            .ShouldBe("该申报表在您打开后已被处理或修改，本次操作未执行。请查看它的最新状态。");
        (await app.QueryAsync(db => db.DeclarationEvents.CountAsync(e => e.Kind == Core.Review.DeclarationEventKind.Approved))).ShouldBe(1);
        var audited = await app.QueryAsync(db => db.AuditEntries.Where(e => e.DeclarationId == id && e.UserName == "reviewer-business").Select(e => e.Action).ToListAsync());
        audited.ShouldBe([AuditAction.Approved, AuditAction.NotPerformed], "a double click is no intrusion");
    }

    [Fact]
    public async Task A_return_without_an_opinion_is_refused_at_the_opinion_box()
    {
        await using var app = await databases.DemoAppAsync();
        var id = await app.DeclarationIdAsync(Project);
        await (await PageForm.LoadAsync(await app.FilerOfDepartmentAsync(Shanhaiguan), $"/declarations/{id}/submit", "form#submit-form")).PostAsync();

        var response = await ReviewSteps.DecideAsync(await app.SignInAsync("reviewer-business"), id, "Return", "   ");

        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        page.QuerySelector("#decision .invalid-feedback")!.TextContent.ShouldBe("退回时须填写审核意见，说明需要修改的内容。");
        (await app.DeclarationAsync(id)).Status.ShouldBe(DeclarationStatus.Submitted);
    }

    [Theory]
    [InlineData("Return")]
    [InlineData("Approve")]
    public async Task An_opinion_over_its_limit_is_refused_at_the_opinion_box_and_kept_not_cut(string handler)
    {
        await using var app = await databases.DemoAppAsync();
        var id = await app.DeclarationIdAsync(Project);
        await (await PageForm.LoadAsync(await app.FilerOfDepartmentAsync(Shanhaiguan), $"/declarations/{id}/submit", "form#submit-form")).PostAsync();
        var reviewer = await app.SignInAsync("reviewer-business");
        var box = new HtmlParser().ParseDocument(await reviewer.GetStringAsync($"/review/{id}")).QuerySelector("#decision textarea")!;
        box.HasAttribute("maxlength").ShouldBeFalse("a pasted opinion is not cut off silently");
        box.GetAttribute("data-maxlength").ShouldBe("2000");
        var opinion = string.Concat(Enumerable.Repeat("请补充绩效指标的测算依据。", 800)); // 10,400 characters

        var response = await ReviewSteps.DecideAsync(reviewer, id, handler, opinion);

        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        page.QuerySelector("#decision .invalid-feedback")!.TextContent.ShouldBe("审核意见不能超过 2000 个字。");
        page.QuerySelector("#decision textarea")!.TextContent.Trim('\n').ShouldBe(opinion);
        (await app.DeclarationAsync(id)).Status.ShouldBe(DeclarationStatus.Submitted);
        (await app.QueryAsync(db => db.DeclarationEvents.CountAsync(e => e.DeclarationId == id))).ShouldBe(1);
    }

    [Fact]
    public async Task A_declaration_with_errors_offers_no_submission_and_a_forged_one_is_refused()
    {
        await using var app = await databases.DemoAppAsync();
        var id = await app.DeclarationIdAsync("新媒体软课题费");
        var filer = await app.FilerOfAsync(id);
        new HtmlParser().ParseDocument(await filer.GetStringAsync($"/declarations/{id}")).QuerySelector("#submit-link")!.HasAttribute("disabled").ShouldBeTrue();
        var page = await filer.GetStringAsync($"/declarations/{id}/submit");
        new HtmlParser().ParseDocument(page).QuerySelector("form#submit-form button")!.HasAttribute("disabled").ShouldBeTrue();
        page.ShouldContain("处错误，请改正后再提交");

        var response = await PageForm.Read(filer, $"/declarations/{id}/submit", page, "form#submit-form").PostAsync();

        (await response.Content.ReadAsStringAsync()).ShouldContain("处错误，请改正后再提交");
        (await app.DeclarationAsync(id)).Status.ShouldBe(DeclarationStatus.Draft);
    }

    [Fact]
    public async Task The_filer_withdraws_a_submission_nobody_has_acted_on()
    {
        await using var app = await databases.DemoAppAsync();
        var id = await app.DeclarationIdAsync(Project);
        var filer = await app.FilerOfDepartmentAsync(Shanhaiguan);
        await (await PageForm.LoadAsync(filer, $"/declarations/{id}/submit", "form#submit-form")).PostAsync();

        var response = await (await PageForm.LoadAsync(filer, $"/declarations/{id}", "form#withdraw-form")).PostAsync();

        (await response.Content.ReadAsStringAsync()).ShouldContain("已撤回，申报表回到草稿");
        (await app.DeclarationAsync(id)).Status.ShouldBe(DeclarationStatus.Draft);
    }
}
