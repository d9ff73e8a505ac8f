using System.Net;
using PerfTargets.Core.Auditing;
using PerfTargets.Testing;
using PerfTargets.Web.Tests.Pages.Reports;

namespace PerfTargets.Web.Tests.Api;

/// <summary>公开 through the API: the admin publishes an approved declaration (an internal field withheld) and withdraws it with a reason; nobody else may, and the public page follows.</summary>
public class ApiPublicationTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    [Fact]
    public async Task The_admin_publishes_and_withdraws_and_others_are_refused()
    {
        await using var app = await databases.DemoAppAsync();
        var id = await app.DeclarationIdAsync(ReportSteps.Project);
        var admin = await app.TokenClientAsync("admin");
        var publication = $"/api/v1/declarations/{id}/publication";
        (await admin.PostAsync(publication, ApiClients.Json("{}"))).StatusCode.ShouldBe(HttpStatusCode.Conflict); // a draft
        await ReportSteps.ApproveDeclarationAsync(app, id);

        var filer = await app.TokenClientAsync("filer-shanhaiguan");
        (await filer.PostAsync(publication, ApiClients.Json("{}"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await filer.GetAsync(publication)).StatusCode.ShouldBe(HttpStatusCode.NotFound); // never published
        (await admin.PostAsync(publication, ApiClients.Json("""{"internal":[]}"""))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var misspelt = await admin.PostAsync(publication, ApiClients.Json("""{"internalFields":["plan"]}"""));
        misspelt.StatusCode.ShouldBe(HttpStatusCode.BadRequest, "a field to withhold that does not exist would publish the one meant");
        ((string)(await misspelt.ReadObjectAsync())["errors"]!["$.internalFields"]![0]!).ShouldStartWith("没有名为“plan”的项目情况栏目，未公开。");
        (await app.CreateClient().GetAsync($"/public/2023/{DemoDepartments.Shanhaiguan}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var published = await admin.PostAsync(publication, ApiClients.Json("""{"internalFields":["Plan"]}"""));
        published.StatusCode.ShouldBe(HttpStatusCode.OK);
        var record = await published.ReadObjectAsync();
        record["internalFields"]!.AsArray().Select(f => (string)f!).ShouldBe(["Plan"]);
        (await app.CreateClient().GetAsync($"/public/2023/{DemoDepartments.Shanhaiguan}/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.PostAsync(publication, ApiClients.Json("{}"))).StatusCode.ShouldBe(HttpStatusCode.Conflict); // already public

        var noReason = await admin.PostAsync($"{publication}/withdraw", ApiClients.Json("{}"));
        noReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noReason.ReadObjectAsync())["errors"]!["$.reason"].ShouldNotBeNull();
        var bidi = await admin.PostAsync($"{publication}/withdraw", ApiClients.Json("{\"reason\":\"项目\u202E调整\"}"));
        bidi.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        ((string)(await bidi.ReadObjectAsync())["errors"]!["$.reason"]![0]!).ShouldContain("U+202E");
        var withdrawn = await admin.PostAsync($"{publication}/withdraw", ApiClients.Json("""{"reason":"项目内容调整，暂停公开。"}"""));
        withdrawn.StatusCode.ShouldBe(HttpStatusCode.OK);
        ((string)(await withdrawn.ReadObjectAsync())["withdrawalReason"]!).ShouldBe("项目内容调整，暂停公开。");
        (await app.QueryAsync(db => Task.FromResult(db.AuditEntries.Count(e => e.DeclarationId == id && (e.Action == AuditAction.Published || e.Action == AuditAction.PublicationWithdrawn))))).ShouldBe(2);
    }
}
