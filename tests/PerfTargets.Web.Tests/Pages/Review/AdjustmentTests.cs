using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerfTargets.Core.Auditing;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Printing;
using PerfTargets.Core.Review;
using PerfTargets.Core.Verification;
using PerfTargets.Data.Accounts;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Setup;
using PerfTargets.Data.Verification;
using PerfTargets.Testing;
using PerfTargets.Web.Viewing;
using static PerfTargets.Web.Tests.ApiClients;
using static PerfTargets.Web.Tests.DemoDepartments;

namespace PerfTargets.Web.Tests.Pages.Review;

/// <summary>
/// 调整: an approved declaration reopened by its filer with a reason, changed, submitted and approved
/// through the chain again, on both databases. Meanwhile its approved version stands — verified, public,
/// printable — and after the approval both versions verify, the new one prints 调整后 and the public
/// page shows it. Everyone else, and every other state, is refused.
/// </summary>
public class AdjustmentTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private const string Project = "网络舆情综合管理";
    private const string Reason = "年中追加预算，调整项目编码与产出指标。";
    private const string Key = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    private const string PublicForm = "/public/2023/" + Shanhaiguan + "/";

    private async Task<PerfTargetsApp> DemoAppAsync(DatabaseProvider provider) =>
        new(await databases.DemoAsync(provider)) { Settings = new Dictionary<string, string> { ["Verification:Key"] = Key } };

    private static async Task<int> ApprovedAsync(PerfTargetsApp app, HttpClient filer)
    {
        var id = await app.DeclarationIdAsync(Project);
        (await ReviewSteps.SubmitAsync(filer, id)).EnsureSuccessStatusCode();
        await ApproveThroughTheChainAsync(app, id);
        return id;
    }

    private static async Task ApproveThroughTheChainAsync(PerfTargetsApp app, int id)
    {
        await ReviewSteps.DecideAsync(await app.SignInAsync("reviewer-business"), id, "Approve", "同意。");
        await ReviewSteps.DecideAsync(await app.SignInAsync("reviewer-performance"), id, "Approve", "同意批复。");
        (await app.DeclarationAsync(id)).Status.ShouldBe(DeclarationStatus.Approved);
    }

    private static async Task<HttpResponseMessage> OpenAsync(HttpClient filer, int id, string reason) =>
        await (await PageForm.LoadAsync(filer, $"/declarations/{id}/adjust", "form#adjust-form")).Set("Reason", reason).PostAsync();

    private static async Task<ApprovalMark?> MarkAsync(PerfTargetsApp app, int id)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ApprovedVersionLookup>().MarkAsync(id, new Uri("https://localhost/"));
    }

    private static async Task<string> VerifiedVersionAsync(HttpClient anonymous, ApprovalMark mark)
    {
        var response = await anonymous.GetAsync(mark.VerificationUrl.PathAndQuery);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        page.QuerySelector("#signature")!.TextContent.ShouldStartWith("核验码一致");
        return page.QuerySelectorAll("#approved dt").Single(dt => dt.TextContent.Trim() == "版本").NextElementSibling!.TextContent.Trim();
    }

    private static async Task<string> PublicAboutAsync(HttpClient anonymous, int id) =>
        Html.Parse(await anonymous.GetStringAsync(PublicForm + id)).QuerySelector("#public-about")!.TextContent;

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task An_adjustment_is_reviewed_against_the_approved_version_which_stands_until_the_new_one_is_approved(DatabaseProvider provider)
    {
        await using var app = await DemoAppAsync(provider);
        var filer = await app.FilerOfDepartmentAsync(Shanhaiguan);
        var id = await ApprovedAsync(app, filer);
        (await (await PageForm.LoadAsync(await app.AdminAsync(), $"/declarations/{id}", "form#publish-form")).PostAsync()).EnsureSuccessStatusCode();
        var first = (await MarkAsync(app, id))!;
        var anonymous = app.CreateClient();

        var opened = await OpenAsync(filer, id, $"  {Reason} ");
        var details = Html.Parse(await opened.Content.ReadAsStringAsync());
        opened.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe($"/declarations/{id}");
        details.QuerySelector("main .alert-success")!.TextContent.ShouldStartWith("已开启调整");
        details.QuerySelector("#adjustment-reason")!.TextContent.ShouldBe(Reason);
        details.QuerySelector("#adjustment")!.TextContent.ShouldContain("第 1 版仍是已批复版本");
        (await app.DeclarationAsync(id)).Status.ShouldBe(DeclarationStatus.Draft);
        var audit = await app.QueryAsync(db => db.AuditEntries.SingleAsync(e => e.DeclarationId == id && e.Action == AuditAction.AdjustmentOpened));
        (audit.Detail, audit.VersionHash).ShouldBe(($"{Project} 第 1 版 开启调整，原因：{Reason}", first.ContentHash));

        // Changed in the editor, which says what it is; submitted and withdrawn once: 第 1 版 stands throughout.
        var editor = await PageForm.LoadAsync(filer, $"/declarations/{id}/edit");
        Html.Parse(await filer.GetStringAsync($"/declarations/{id}/edit")).QuerySelector("#adjustment-reason")!.TextContent.ShouldBe(Reason);
        (await editor.Set("Input.ProjectCode", "224-0501-JBN-BOVO-T").PostAsync()).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReviewSteps.SubmitAsync(filer, id)).EnsureSuccessStatusCode();
        (await (await PageForm.LoadAsync(filer, $"/declarations/{id}", "form#withdraw-form")).PostAsync()).EnsureSuccessStatusCode();
        (await ReviewSteps.SubmitAsync(filer, id)).EnsureSuccessStatusCode();
        (await MarkAsync(app, id))!.VersionNumber.ShouldBe(1);
        (await VerifiedVersionAsync(anonymous, first)).ShouldBe("第 1 版");
        (await PublicAboutAsync(anonymous, id)).ShouldContain("已批复第 1 版）");
        PdfText.Of(await anonymous.GetByteArrayAsync(PublicForm + id + "/pdf")).ShouldNotContain("调整");

        var review = Html.Parse(await (await app.SignInAsync("reviewer-business")).GetStringAsync($"/review/{id}"));
        var changes = review.QuerySelector("#adjustment-changes")!.TextContent;
        changes.ShouldContain("与已批复第 1 版相比的修改：1 处");
        changes.ShouldContain("224-0501-JBN-BOVO-T");
        review.QuerySelector("#adjustment-reason")!.TextContent.ShouldBe(Reason);
        review.QuerySelector("#changes").ShouldBeNull(); // no return within the adjustment

        await ApproveThroughTheChainAsync(app, id);
        var adjusted = (await MarkAsync(app, id))!;
        adjusted.VersionNumber.ShouldBe(3); // 第 2 版 was withdrawn
        (await VerifiedVersionAsync(anonymous, first)).ShouldBe("第 1 版");
        (await VerifiedVersionAsync(anonymous, adjusted)).ShouldBe("第 3 版");
        var approvedAt = await app.QueryAsync(db => db.DeclarationEvents.Where(e => e.DeclarationId == id && e.Kind == DeclarationEventKind.Approved).MaxAsync(e => e.At));
        var adjustedNote = FormText.Adjusted(ChinaTime.Day(approvedAt));
        (await PublicAboutAsync(anonymous, id)).ShouldContain($"已批复第 3 版，{adjustedNote}）");

        var print = PdfText.Of(await filer.GetByteArrayAsync($"/declarations/{id}/pdf"));
        print.ShouldContain($"本表为{adjustedNote}的版本");
        var earlier = PdfText.Of(await filer.GetByteArrayAsync($"/declarations/{id}/pdf?version=1"));
        earlier.ShouldNotContain("调整");
        earlier.ShouldContain(first.ContentHash);
        (await filer.GetAsync($"/declarations/{id}/pdf?version=2")).StatusCode.ShouldBe(HttpStatusCode.NotFound); // withdrawn, never approved

        var final = Html.Parse(await filer.GetStringAsync($"/declarations/{id}"));
        final.QuerySelector("#approved-versions")!.TextContent.ShouldContain(adjustedNote);
        final.QuerySelectorAll("#approved-versions a").Select(a => a.GetAttribute("href")).ShouldBe([$"/declarations/{id}/pdf?version=1", $"/declarations/{id}/pdf?version=3"]);
        final.QuerySelector("#adjustment").ShouldBeNull();
        final.QuerySelectorAll("#history ~ ol li").Select(li => li.GetAttribute("data-event")).ShouldBe(
            ["Submitted", "Approved", "Approved", "AdjustmentOpened", "Submitted", "Withdrawn", "Submitted", "Approved", "Approved"]);
        (await app.QueryAsync(db => new AuditTrail(db, TestKeys.AuditChain, TimeProvider.System).VerifyAsync())).Intact.ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Only_the_filer_of_an_approved_declaration_opens_an_adjustment_and_only_with_a_reason(DatabaseProvider provider)
    {
        await using var app = await DemoAppAsync(provider);
        var filer = await app.FilerOfDepartmentAsync(Shanhaiguan);
        var id = await ApprovedAsync(app, filer);
        var draftId = await app.DeclarationIdAsync("网络阵地建设和内容管理");

        // Another department's filer and a reviewer, on the page and through the API.
        var other = await app.FilerOfDepartmentAsync(Suzhou);
        (await other.GetAsync($"/declarations/{id}/adjust")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.SignInAsync("reviewer-business")).GetAsync($"/declarations/{id}/adjust")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var otherApi = await app.TokenClientAsync(DemoAccounts.Filers[Suzhou].UserName);
        var seen = await (await app.TokenClientAsync(DemoAccounts.Filers[Shanhaiguan].UserName)).GetDeclarationAsync(id);
        (await AdjustAsync(otherApi, id, seen, Reason)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var reviewerApi = await app.TokenClientAsync(DemoAccounts.Reviewers[0].UserName);
        var forbidden = await AdjustAsync(reviewerApi, id, seen, Reason);
        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        ((string)(await forbidden.ReadObjectAsync())["detail"]!).ShouldBe("只有填报人可以调整申报表。");
        (await app.QueryAsync(db => db.AuditEntries.CountAsync(e => e.DeclarationId == id && e.Action == AuditAction.Refused && e.Detail.StartsWith("开启调整被拒")))).ShouldBe(2);

        // A draft never approved: the page says why and offers no form; the API answers 409.
        var draftPage = Html.Parse(await filer.GetStringAsync($"/declarations/{draftId}/adjust"));
        draftPage.QuerySelector("#adjust-refusal")!.TextContent.ShouldBe("该申报表当前为“草稿”，只有已批复的申报表可以调整。");
        draftPage.QuerySelector("form#adjust-form").ShouldBeNull();
        var api = await app.TokenClientAsync(DemoAccounts.Filers[Shanhaiguan].UserName);
        var notApproved = await AdjustAsync(api, draftId, await api.GetDeclarationAsync(draftId), Reason);
        notApproved.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        Html.Parse(await filer.GetStringAsync($"/declarations/{draftId}")).QuerySelector("#adjust-link").ShouldBeNull();

        // No reason, or too long a one: said at the field, nothing done.
        var blank = Html.Parse(await (await OpenAsync(filer, id, "   ")).Content.ReadAsStringAsync());
        blank.QuerySelector("[data-valmsg-for=Reason]")!.TextContent.ShouldBe("开启调整须填写调整原因。");
        var tooLong = await AdjustAsync(api, id, seen, new string('调', ReviewLimits.AdjustmentReason + 1));
        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await tooLong.ReadObjectAsync();
        ((string)problem["member"]!, (string)problem["detail"]!).ShouldBe(("$.reason", "调整原因不能超过 500 个字。"));
        (await app.DeclarationAsync(id)).Status.ShouldBe(DeclarationStatus.Approved);

        // Through the API as through the page; a second opening finds it no longer approved.
        var done = await AdjustAsync(api, id, seen, Reason);
        done.StatusCode.ShouldBe(HttpStatusCode.OK);
        ((string)(await done.ReadObjectAsync())["workflow"]!["state"]!).ShouldBe("draft");
        var again = await AdjustAsync(api, id, await api.GetDeclarationAsync(id), Reason);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        ((string)(await again.ReadObjectAsync())["detail"]!).ShouldBe("该申报表当前为“草稿”，只有已批复的申报表可以调整。");
        (await AdjustAsync(api, id, seen, Reason)).StatusCode.ShouldBe(HttpStatusCode.Conflict); // the stamp of the approved state is stale
        (await MarkAsync(app, id))!.VersionNumber.ShouldBe(1);
    }

    private static Task<HttpResponseMessage> AdjustAsync(HttpClient client, int id, JsonObject document, string reason) =>
        client.PostAsync($"/api/v1/declarations/{id}/adjustment", Json(new JsonObject
        {
            ["concurrencyStamp"] = (string)document["concurrencyStamp"]!,
            ["reason"] = reason,
        }));
}
