using System.Net;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Auditing;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;

namespace PerfTargets.Web.Tests.Pages.Review;

/// <summary>
/// Every role against the review pages, the workflow actions and the admin pages of this issue,
/// with a declaration of 山海关 waiting on 业务股室: who may read it, who may act on it, and that
/// each refusal is a Chinese 403/404 page and an audit row.
/// </summary>
public class ReviewAccessMatrixTests(TestDatabases databases, ReviewAccessMatrixTests.Submitted submitted) : IClassFixture<TestDatabases>, IClassFixture<ReviewAccessMatrixTests.Submitted>
{
    private const string Project = "网络舆情综合管理";

    public static TheoryData<string, string, HttpStatusCode> Pages => new()
    {
        { "reviewer-business", "/review", HttpStatusCode.OK },
        { "reviewer-business", "/review/{id}", HttpStatusCode.OK },
        { "reviewer-business", "/declarations/{id}", HttpStatusCode.OK },
        { "reviewer-business", "/admin/audit", HttpStatusCode.Forbidden },
        { "reviewer-business", "/admin/seals", HttpStatusCode.Forbidden },
        { "reviewer-business", "/admin/years", HttpStatusCode.Forbidden },
        { "reviewer-performance", "/review", HttpStatusCode.OK },
        { "reviewer-performance", "/review/{id}", HttpStatusCode.NotFound },
        { "reviewer-performance", "/declarations/{id}", HttpStatusCode.NotFound },
        { "filer-shanhaiguan", "/review", HttpStatusCode.Forbidden },
        { "filer-shanhaiguan", "/review/{id}", HttpStatusCode.Forbidden },
        { "filer-shanhaiguan", "/declarations/{id}", HttpStatusCode.OK },
        { "filer-shanhaiguan", "/admin/audit", HttpStatusCode.Forbidden },
        { "filer-shanhaiguan", "/admin/seals", HttpStatusCode.Forbidden },
        { "filer-lusong", "/review", HttpStatusCode.Forbidden },
        { "filer-lusong", "/review/{id}", HttpStatusCode.Forbidden },
        { "filer-lusong", "/declarations/{id}", HttpStatusCode.NotFound },
        { "filer-lusong", "/declarations/{id}/submit", HttpStatusCode.NotFound },
        { "reviewer-business", "/declarations/{id}/submit", HttpStatusCode.Forbidden },
        { "admin", "/review", HttpStatusCode.Forbidden },
        { "admin", "/review/{id}", HttpStatusCode.Forbidden },
        { "admin", "/declarations/{id}", HttpStatusCode.OK },
        { "admin", "/admin/audit", HttpStatusCode.OK },
        { "admin", "/admin/seals", HttpStatusCode.OK },
        { "admin", "/admin/years", HttpStatusCode.OK },
    };

    // user, action (page handler on a page of the declaration), expected status
    public static TheoryData<string, string, HttpStatusCode> Actions => new()
    {
        { "reviewer-performance", "/review/{id}?handler=Approve", HttpStatusCode.NotFound },
        { "reviewer-performance", "/review/{id}?handler=Return", HttpStatusCode.NotFound },
        { "filer-shanhaiguan", "/review/{id}?handler=Approve", HttpStatusCode.Forbidden },
        { "admin", "/review/{id}?handler=Approve", HttpStatusCode.Forbidden },
        { "filer-lusong", "/declarations/{id}?handler=Withdraw", HttpStatusCode.NotFound },
        { "filer-lusong", "/declarations/{id}/submit", HttpStatusCode.NotFound },
        { "reviewer-business", "/declarations/{id}?handler=Withdraw", HttpStatusCode.NotFound },
        { "admin", "/declarations/{id}?handler=Withdraw", HttpStatusCode.NotFound },
    };

    /// <summary>A demo application of its own with the project submitted to 业务股室, for a case that changes it.</summary>
    private async Task<(PerfTargetsApp App, int Id)> SubmittedAsync()
    {
        var app = await databases.DemoAppAsync();
        return (app, await SubmitAsync(app));
    }

    private static async Task<int> SubmitAsync(PerfTargetsApp app)
    {
        var id = await app.DeclarationIdAsync(Project);
        await (await PageForm.LoadAsync(await app.FilerOfDepartmentAsync("224002"), $"/declarations/{id}/submit", "form#submit-form")).PostAsync();
        return id;
    }

    /// <summary>The demo application with the project submitted to 业务股室, shared by the cases that only try to reach it.</summary>
    public sealed class Submitted : SharedDemoApp
    {
        public int Id { get; private set; }

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            Id = await SubmitAsync(App);
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Each_role_reaches_exactly_the_review_pages_it_should(string user, string page, HttpStatusCode expected)
    {
        var (app, id) = (submitted.App, submitted.Id);
        var refusals = () => app.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.Refused && e.UserName == user && e.DeclarationId == id));
        var before = await refusals();

        var response = await (await app.SignInAsync(user)).GetAsync(page.Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

        response.StatusCode.ShouldBe(expected);
        if (expected != HttpStatusCode.OK)
        {
            (await response.Content.ReadAsStringAsync()).ShouldMatch(expected == HttpStatusCode.NotFound ? "找不到该页面" : "无权访问");
        }

        if (expected == HttpStatusCode.NotFound)
        {
            (await refusals()).ShouldBe(before + 1);
        }
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task Each_workflow_action_is_refused_to_whoever_may_not_take_it(string user, string action, HttpStatusCode expected)
    {
        var (app, id) = (submitted.App, submitted.Id);
        var client = await app.SignInAsync(user);
        var token = PageForm.Read(client, "/", await client.GetStringAsync("/account/password"))["__RequestVerificationToken"];
        var stamp = await app.QueryAsync(db => db.Declarations.Where(d => d.Id == id).Select(d => d.ConcurrencyStamp).SingleAsync());
        var version = await app.QueryAsync(db => db.DeclarationVersions.Where(v => v.DeclarationId == id).Select(v => v.Id).SingleAsync());
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["stamp"] = stamp.ToString(), ["Stamp"] = stamp.ToString(),
            ["VersionId"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Opinion"] = "越权操作",
        };

        var response = await client.PostAsync(action.Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), new FormUrlEncodedContent(fields));

        response.StatusCode.ShouldBe(expected);
        var declaration = await app.DeclarationAsync(id);
        declaration.Status.ShouldBe(Core.Declarations.DeclarationStatus.Submitted);
        declaration.Review.AwaitingSectionId.ShouldBe(await app.QueryAsync(db => db.ReviewSections.Where(s => s.Name == "业务股室").Select(s => (int?)s.Id).SingleAsync()));
        (await app.QueryAsync(db => db.DeclarationEvents.CountAsync(e => e.DeclarationId == id))).ShouldBe(1);
    }

    [Fact]
    public async Task An_action_without_the_form_token_is_refused()
    {
        var (app, id) = await SubmittedAsync();
        await using (app)
        {
            var client = await app.SignInAsync("reviewer-business");

            var response = await client.PostAsync($"/review/{id}?handler=Approve", new FormUrlEncodedContent(new Dictionary<string, string> { ["Opinion"] = "同意" }));

            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await app.DeclarationAsync(id)).Review.VersionCount.ShouldBe(1);
            (await app.QueryAsync(db => db.DeclarationEvents.CountAsync(e => e.DeclarationId == id))).ShouldBe(1);
        }
    }

    [Theory]
    [InlineData("/review/{id}")]
    [InlineData("/declarations/{id}")]
    public async Task A_reviewer_who_acted_on_a_declaration_now_hidden_is_told_where_it_went_and_no_one_else_is(string page)
    {
        var (app, id) = await SubmittedAsync();
        await using (app)
        {
            var url = page.Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            var business = await app.SignInAsync("reviewer-business");
            var performance = await app.SignInAsync("reviewer-performance");
            await (await PageForm.LoadAsync(business, $"/review/{id}", "form#decision")).PostToAsync($"/review/{id}?handler=Approve");
            await (await PageForm.LoadAsync(performance, $"/review/{id}", "form#decision")).Set("Opinion", "请补充依据。").PostToAsync($"/review/{id}?handler=Return");

            foreach (var reviewer in new[] { business, performance })
            {
                var response = await reviewer.GetAsync(url);

                response.StatusCode.ShouldBe(HttpStatusCode.OK);
                response.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/review");
                new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector("#review-notice")!.TextContent
                    .ShouldBe($"“{Project}”已由绩效管理股退回填报单位修改，重新提交后将再次进入审核。");
            }

            (await app.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.Refused))).ShouldBe(0);

            // Someone who never acted on it is not told it exists.
            var stranger = await NewReviewerAsync(app);
            var refused = await stranger.GetAsync(url);
            refused.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await refused.Content.ReadAsStringAsync()).ShouldNotContain(Project);
        }
    }

    /// <summary>A second reviewer of 绩效管理股, who has acted on nothing.</summary>
    private static async Task<HttpClient> NewReviewerAsync(PerfTargetsApp app)
    {
        var admin = await app.AdminAsync();
        var section = await app.QueryAsync(db => db.ReviewSections.Where(s => s.Name == "绩效管理股").Select(s => s.Id).SingleAsync());
        var form = await PageForm.LoadAsync(admin, "/admin/users", "main form[action*='handler=Create']");
        await form.Set("Input.UserName", "reviewer-new").Set("Input.DisplayName", "新审核人").Set("Input.Role", "Reviewer")
            .Set("Input.ReviewSectionId", section.ToString(System.Globalization.CultureInfo.InvariantCulture)).Set("Input.Password", "Initial-pass-2026").PostAsync();
        var client = app.CreateClient(new() { BaseAddress = new Uri("https://localhost") });
        await (await PageForm.LoadAsync(client, "/account/login")).Set("UserName", "reviewer-new").Set("Password", "Initial-pass-2026").PostAsync();
        var change = await PageForm.LoadAsync(client, "/account/password");
        await change.Set("Current", "Initial-pass-2026").Set("New", "Second-pass-2026x").Set("Confirm", "Second-pass-2026x").PostAsync();
        return client;
    }
}
