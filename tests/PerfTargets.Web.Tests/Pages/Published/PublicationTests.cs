using System.Net;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Auditing;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Publishing;
using PerfTargets.Data.Accounts;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;
using PerfTargets.Web.Viewing;

namespace PerfTargets.Web.Tests.Pages.Published;

/// <summary>
/// 公开: the admin publishes an approved declaration and anyone, signed out, reads it — its approved
/// version with the approval mark, as HTML and PDF — without the people's names and telephone numbers
/// the demo form carries; withdrawn, it answers 404 and its list says when. Nothing unpublished is reachable.
/// </summary>
public class PublicationTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private const string Project = "网络舆情综合管理";
    private const string Unit = DemoDepartments.Shanhaiguan;

    /// <summary>The seed form that carries people's names and a telephone number (芦淞区, seed 000).</summary>
    private const string FormWithPeople = "新媒体建设经费";
    private const string Key = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    private async Task<PerfTargetsApp> DemoAppAsync(DatabaseProvider provider = DatabaseProvider.Sqlite) =>
        new(await databases.DemoAsync(provider)) { Settings = new Dictionary<string, string> { ["Verification:Key"] = Key } };

    /// <summary>
    /// The demo's 网络舆情综合管理, given the 项目负责人, 联系人, 联系电话 and 填报人 of the seed form that
    /// has them (that form itself does not pass the rules for submission), submitted and approved.
    /// </summary>
    private static async Task<int> ApprovedAsync(PerfTargetsApp app)
    {
        var id = await app.DeclarationIdAsync(Project);
        var people = await app.DeclarationAsync(await app.DeclarationIdAsync(FormWithPeople));
        await app.QueryAsync(async db =>
        {
            var draft = await db.Declarations.SingleAsync(d => d.Id == id);
            (draft.ProjectLeader, draft.ContactPerson, draft.ContactPhone, draft.FilledBy) = (people.ProjectLeader, people.ContactPerson ?? people.ProjectLeader, people.ContactPhone, people.FilledBy);
            return await db.SaveChangesAsync();
        });
        (await ReviewSteps.SubmitAsync(await app.FilerOfDepartmentAsync(Unit), id)).EnsureSuccessStatusCode();
        await ReviewSteps.DecideAsync(await app.SignInAsync("reviewer-business"), id, "Approve", "同意。");
        await ReviewSteps.DecideAsync(await app.SignInAsync("reviewer-performance"), id, "Approve", "指标合理，同意批复。");
        (await app.DeclarationAsync(id)).Status.ShouldBe(DeclarationStatus.Approved);
        return id;
    }

    private static async Task<HttpResponseMessage> PublishAsync(HttpClient admin, int id) =>
        await (await PageForm.LoadAsync(admin, $"/declarations/{id}", "form#publish-form")).PostAsync();

    /// <summary>The demo form's budget year.</summary>
    private const int Year = 2023;

    private static string Form(int id) => $"/public/{Year}/{Unit}/{id}";

    private static string Alert(string html, string kind) => Html.Parse(html).QuerySelector($"main .alert-{kind}")?.TextContent.Trim() ?? string.Empty;

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_published_form_is_read_signed_out_without_names_or_phones_and_a_withdrawal_says_when(DatabaseProvider provider)
    {
        await using var app = await DemoAppAsync(provider);
        var id = await ApprovedAsync(app);
        var seeded = await app.DeclarationAsync(id);
        var anonymous = app.CreateClient();
        (await anonymous.GetAsync(Form(id))).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var admin = await app.AdminAsync();

        // The 明细审核格式 prints 项目负责人, 联系电话 and 填报人: the public PDF is in the default layout.
        await (await PageForm.LoadAsync(admin, "/admin/printing")).Set("Layout", "review").PostAsync();
        var published = await PublishAsync(admin, id);
        published.EnsureSuccessStatusCode();
        Alert(await published.Content.ReadAsStringAsync(), "success").ShouldStartWith("已公开。");

        var index = await anonymous.GetStringAsync("/public");
        index.ShouldContain($"href=\"/public/{Year}/{Unit}\"");
        var list = Html.Parse(await anonymous.GetStringAsync($"/public/{Year}/{Unit}"));
        var row = list.QuerySelector("#public-list tbody tr")!;
        row.QuerySelector("a")!.TextContent.ShouldBe(Project);
        row.QuerySelector("a")!.GetAttribute("href").ShouldBe(Form(id));

        var formResponse = await anonymous.GetAsync(Form(id));
        formResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await formResponse.Content.ReadAsStringAsync();
        var page = Html.Parse(html);
        page.QuerySelector("#public-about")!.TextContent.ShouldStartWith($"公开的项目支出绩效目标（{Year}年度，已批复第 1 版）");
        page.QuerySelector("h1")!.TextContent.ShouldBe(Project);
        page.QuerySelector("#mark + div svg").ShouldNotBeNull();
        html.ShouldContain("指标合理，同意批复。");
        var pdf = await anonymous.GetAsync(page.QuerySelector("#public-pdf")!.GetAttribute("href"));
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var pdfText = PdfText.Of(await pdf.Content.ReadAsByteArrayAsync());
        pdfText.ShouldContain("系统审批核验标记");

        // The demo form's own people and telephone, and the accounts that acted on it.
        string[] people = [seeded.ProjectLeader!, seeded.FilledBy!, seeded.ContactPhone!, .. DemoAccounts.Reviewers.Select(r => r.DisplayName), .. DemoAccounts.Reviewers.Select(r => r.UserName), DemoAccounts.Filers[Unit].UserName, DemoAccounts.Filers[Unit].DisplayName];
        people.Take(3).ShouldBe(["王娅薇", "王娅薇", "0731-28580770"]);
        var signedIn = PdfText.Of(await admin.GetByteArrayAsync($"/declarations/{id}/pdf?layout=review"));
        people.Take(3).ShouldAllBe(p => signedIn.Contains(p, StringComparison.Ordinal)); // printed for those signed in, so the check below is not vacuous
        foreach (var secret in people)
        {
            html.ShouldNotContain(secret);
            pdfText.ShouldNotContain(secret);
        }

        // The 项目编码与资金支出计划格式 prints 资金用途, marked internal below.
        await (await PageForm.LoadAsync(admin, "/admin/printing")).Set("Layout", "budget").PostAsync();
        var purpose = seeded.Narrative.BudgetPurpose!;
        PdfText.Of(await anonymous.GetByteArrayAsync(Form(id) + "/pdf")).ShouldContain(purpose[..8]);

        var withdrawal = await PageForm.LoadAsync(admin, $"/declarations/{id}/publication", "form#withdraw-publication");
        var blank = await withdrawal.Set("Reason", "  ").PostAsync();
        Html.Parse(await blank.Content.ReadAsStringAsync()).QuerySelector("[data-valmsg-for=Reason]")!.TextContent.ShouldBe(PublishingRules.ReasonMissing);
        (await anonymous.GetAsync(Form(id))).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await withdrawal.Set("Reason", "预算调整，待重新批复。").PostAsync()).EnsureSuccessStatusCode();

        (await anonymous.GetAsync(Form(id))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync(Form(id) + "/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var withdrawnAt = await app.QueryAsync(db => db.Publications.Where(p => p.DeclarationId == id).Select(p => p.WithdrawnAt).SingleAsync());
        var listed = await anonymous.GetStringAsync($"/public/{Year}/{Unit}");
        Html.Parse(listed).QuerySelector("#public-list tbody tr td")!.TextContent.ShouldBe($"已于 {ChinaTime.Day(withdrawnAt!.Value):yyyy-MM-dd} 撤回公开");
        listed.ShouldNotContain(Project);
        var audit = await app.QueryAsync(db => db.AuditEntries.Where(e => e.DeclarationId == id && (e.Action == AuditAction.Published || e.Action == AuditAction.PublicationWithdrawn))
            .OrderBy(e => e.Sequence).Select(e => new { e.Action, e.UserName, e.Detail }).ToListAsync());
        audit.Select(e => (e.Action, e.UserName)).ShouldBe([(AuditAction.Published, DemoAccounts.Admin), (AuditAction.PublicationWithdrawn, DemoAccounts.Admin)]);
        audit[1].Detail.ShouldEndWith("撤回公开，理由：预算调整，待重新批复。");

        // Published again with its 资金用途 marked internal: withheld from the page and from the PDF, whose earlier render is not reused.
        var again = await PageForm.LoadAsync(admin, $"/declarations/{id}/publication", "form#publish-form");
        (await again.Set("Internal", nameof(DeclarationNarrative.BudgetPurpose)).PostAsync()).EnsureSuccessStatusCode();
        var internalHtml = await anonymous.GetStringAsync(Form(id));
        internalHtml.ShouldContain(PublicRedaction.Internal);
        internalHtml.ShouldNotContain(purpose[..8]);
        var internalPdf = PdfText.Of(await anonymous.GetByteArrayAsync(Form(id) + "/pdf"));
        internalPdf.ShouldNotContain(purpose[..8]);
        internalPdf.ShouldContain(Project);
    }

    [Fact]
    public async Task Nothing_unpublished_is_reachable_and_only_the_admin_publishes_an_approved_declaration()
    {
        await using var app = await DemoAppAsync();
        var id = await ApprovedAsync(app);
        var anonymous = app.CreateClient();
        (await anonymous.GetAsync(Form(id))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync(Form(id) + "/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"/public/{Year}/{Unit}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        foreach (var user in new[] { DemoAccounts.Filers[Unit].UserName, "reviewer-performance" })
        {
            var client = await app.SignInAsync(user);
            (await client.GetAsync($"/declarations/{id}/publication")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await client.PostAsync($"/declarations/{id}/publication?handler=Publish", new FormUrlEncodedContent([]))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            Html.Parse(await client.GetStringAsync($"/declarations/{id}")).QuerySelector("#publish-form").ShouldBeNull();
        }

        var admin = await app.AdminAsync();
        var draft = await app.QueryAsync(db => db.Declarations.Where(d => d.Status == DeclarationStatus.Draft && d.BudgetYear == Year).Select(d => d.Id).FirstAsync());
        // The approved one's form carries the admin's token; posted for the draft, it is refused.
        var refused = await (await PageForm.LoadAsync(admin, $"/declarations/{id}", "form#publish-form")).PostToAsync($"/declarations/{draft}/publication?handler=Publish");
        Alert(await refused.Content.ReadAsStringAsync(), "danger").ShouldBe(PublishingRules.NotApproved);
        (await app.QueryAsync(db => db.Publications.CountAsync())).ShouldBe(0);

        (await PublishAsync(admin, id)).EnsureSuccessStatusCode();
        (await anonymous.GetAsync(Form(id))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await anonymous.GetAsync($"/public/{Year + 1}/{Unit}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"/public/{Year}/{DemoDepartments.Suzhou}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"/public/{Year}/{DemoDepartments.Suzhou}/{id}/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"/public/{Year}/{Unit}/{draft}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"/public/{Year}/%27%3Cscript%3E")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
