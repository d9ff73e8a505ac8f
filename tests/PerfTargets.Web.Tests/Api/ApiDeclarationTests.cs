using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Auditing;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Review;
using PerfTargets.Data.Accounts;
using PerfTargets.Data.DemoData;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;
using static PerfTargets.Web.Tests.ApiClients;
using static PerfTargets.Web.Tests.DemoDepartments;

namespace PerfTargets.Web.Tests.Api;

/// <summary>The API's reads and writes of declarations, on PostgreSQL, by programs holding access tokens.</summary>
public class ApiDeclarationTests(TestDatabases databases) : IClassFixture<TestDatabases>
{

    /// <summary>A document as the domain reads it, without the members the API writes around it.</summary>
    private static Declaration Read(JsonObject document)
    {
        var copy = document.DeepClone().AsObject();
        foreach (var member in new[] { "departmentCode", "departmentName", "frameworkCode", "workflow", "version" })
        {
            copy.Remove(member);
        }

        var declaration = copy.Deserialize<Declaration>(DeclarationJson.Options)!;
        declaration.PutInFormOrder();
        return declaration;
    }

    [Fact]
    public async Task Every_seed_declaration_round_trips_through_the_api()
    {
        await using var app = await databases.DemoAppAsync(DatabaseProvider.PostgreSql);
        var seeds = await app.QueryAsync(db => db.Declarations.Join(db.Departments, d => d.DepartmentId, dept => dept.Id, (d, dept) => new { d.Id, d.ProjectName, dept.Code }).ToListAsync());
        seeds.Count.ShouldBe(11);
        foreach (var seed in seeds)
        {
            var client = await app.TokenClientAsync(DemoAccounts.Filers[seed.Code].UserName);
            var original = await client.GetDeclarationAsync(seed.Id);

            var created = await client.PostAsync("/api/v1/declarations", Json(original));

            created.StatusCode.ShouldBe(HttpStatusCode.Created, seed.ProjectName);
            var id = (int)(await created.ReadObjectAsync())["id"]!;
            created.Headers.Location!.ToString().ShouldBe($"/api/v1/declarations/{id}");
            id.ShouldNotBe(seed.Id);
            var copy = await client.GetDeclarationAsync(id);
            DeclarationFacts.Of(Read(copy)).ShouldBe(DeclarationFacts.Of(Read(original)), seed.ProjectName);
            ((string)copy["departmentCode"]!).ShouldBe(seed.Code);
            ((string)copy["frameworkCode"]!).ShouldBe((string)original["frameworkCode"]!);
            ((int)copy["budgetYear"]!).ShouldBe((int)original["budgetYear"]!);
            ((string)copy["workflow"]!["state"]!).ShouldBe("draft");
        }
    }

    [Fact]
    public async Task A_seed_file_document_naming_its_codes_is_stored_as_the_demo_data_holds_it()
    {
        await using var app = await databases.DemoAppAsync(DatabaseProvider.PostgreSql);
        var client = await app.TokenClientAsync(DemoAccounts.Filers[Shanhaiguan].UserName);
        var assembly = typeof(DemoDataSet).Assembly;
        using var stream = assembly.GetManifestResourceStream(assembly.GetManifestResourceNames().Single(n => n.EndsWith("seed-004-shanhaiguan.json", StringComparison.Ordinal)))!;
        var document = JsonNode.Parse(stream)!["declarations"]![0]!.AsObject();

        var response = await client.PostAsync("/api/v1/declarations", Json(document));

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (int)(await response.ReadObjectAsync())["id"]!;
        var stored = await app.DeclarationAsync(id);
        var seed = await app.DeclarationAsync(await app.QueryAsync(db => db.Declarations.Where(d => d.ProjectName == (string)document["projectName"]! && d.Id != id).Select(d => d.Id).SingleAsync()));
        DeclarationFacts.Of(stored).ShouldBe(DeclarationFacts.Of(seed));
        stored.Indicators.Select(i => i.Sequence).ShouldBe(Enumerable.Range(1, seed.Indicators.Count));
    }

    [Fact]
    public async Task A_replacement_needs_the_stamp_read_and_a_stale_one_is_refused_with_409()
    {
        await using var app = await databases.DemoAppAsync(DatabaseProvider.PostgreSql);
        var id = await app.DeclarationIdAsync("网络舆情综合管理");
        var client = await app.TokenClientAsync(DemoAccounts.Filers[Shanhaiguan].UserName);
        var document = await client.GetDeclarationAsync(id);

        var withoutStamp = document.DeepClone().AsObject();
        withoutStamp.Remove("concurrencyStamp");
        var missing = await client.PutAsync($"/api/v1/declarations/{id}", Json(withoutStamp));
        missing.StatusCode.ShouldBe((HttpStatusCode)428);

        document["projectName"] = "网络舆情综合管理（改）";
        var saved = await client.PutAsync($"/api/v1/declarations/{id}", Json(document));
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = await saved.ReadObjectAsync();
        ((string)after["projectName"]!).ShouldBe("网络舆情综合管理（改）");
        ((string)after["concurrencyStamp"]!).ShouldNotBe((string)document["concurrencyStamp"]!);

        document["projectName"] = "以旧标记覆盖";
        var stale = await client.PutAsync($"/api/v1/declarations/{id}", Json(document));
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        stale.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        ((string)(await stale.ReadObjectAsync())["type"]!).ShouldBe("urn:perftargets:problem:stale");
        (await app.DeclarationAsync(id)).ProjectName.ShouldBe("网络舆情综合管理（改）");

        // The ETag of a read is the stamp, and If-Match carries it as well as the member does.
        var fresh = await client.GetAsync($"/api/v1/declarations/{id}");
        var etag = fresh.Headers.ETag!.Tag;
        var body = await fresh.ReadObjectAsync();
        body.Remove("concurrencyStamp");
        body["contactPerson"] = "张三";
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/declarations/{id}") { Content = Json(body) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        (await client.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.DeclarationAsync(id)).ContactPerson.ShouldBe("张三");
    }

    [Fact]
    public async Task A_draft_is_deleted_with_its_stamp_and_a_submitted_one_is_kept()
    {
        await using var app = await databases.DemoAppAsync(DatabaseProvider.PostgreSql);
        var client = await app.TokenClientAsync(DemoAccounts.Filers[Shanhaiguan].UserName);
        var created = await (await client.PostAsync("/api/v1/declarations", Json("""{"budgetYear":2027,"projectName":"待删除","frameworkCode":"2015"}"""))).ReadObjectAsync();
        var id = (int)created["id"]!;

        (await client.DeleteAsync($"/api/v1/declarations/{id}")).StatusCode.ShouldBe((HttpStatusCode)428);
        using (var stale = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/declarations/{id}"))
        {
            stale.Headers.TryAddWithoutValidation("If-Match", $"\"{Guid.NewGuid()}\"");
            (await client.SendAsync(stale)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        }

        using (var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/declarations/{id}"))
        {
            delete.Headers.TryAddWithoutValidation("If-Match", $"\"{created["concurrencyStamp"]}\"");
            (await client.SendAsync(delete)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        (await client.GetAsync($"/api/v1/declarations/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var submittedId = await app.DeclarationIdAsync("网络舆情综合管理");
        var submitted = await (await client.ActAsync(submittedId, "submit", await client.GetDeclarationAsync(submittedId))).ReadObjectAsync();
        using var refused = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/declarations/{submittedId}") { Content = Json(new JsonObject { ["concurrencyStamp"] = (string)submitted["concurrencyStamp"]! }) };
        var answer = await client.SendAsync(refused);
        answer.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await answer.Content.ReadAsStringAsync()).ShouldContain("不能删除");
    }

    [Fact]
    public async Task The_list_filters_by_year_department_and_state_and_pages()
    {
        await using var app = await databases.DemoAppAsync(DatabaseProvider.PostgreSql);
        var admin = await app.TokenClientAsync(DemoAccounts.Admin);

        var suzhou = await (await admin.GetAsync("/api/v1/declarations?year=2022&department=341300001")).ReadObjectAsync();
        ((int)suzhou["totalCount"]!).ShouldBe(6);
        suzhou["items"]!.AsArray().ShouldAllBe(i => (string)i!["departmentCode"]! == "341300001" && (int)i["budgetYear"]! == 2022);

        var all = await (await admin.GetAsync("/api/v1/declarations?pageSize=4&page=3")).ReadObjectAsync();
        ((int)all["totalCount"]!).ShouldBe(11);
        all["items"]!.AsArray().Count.ShouldBe(3);
        ((int)all["page"]!).ShouldBe(3);

        ((int)(await (await admin.GetAsync("/api/v1/declarations?status=approved")).ReadObjectAsync())["totalCount"]!).ShouldBe(0);
        var portal = (await (await admin.GetAsync("/api/v1/declarations?department=310101901")).ReadObjectAsync())["items"]![0]!;
        ((int)portal["errorCount"]!).ShouldBeGreaterThan(0);

        foreach (var (query, member) in new[] { ("year=abc", "year"), ("year=1999", "year"), ("pageSize=101", "pageSize"), ("page=0", "page"), ("status=done", "status") })
        {
            var bad = await admin.GetAsync($"/api/v1/declarations?{query}");
            bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest, query);
            ((string)(await bad.ReadObjectAsync())["member"]!).ShouldBe(member, query);
        }
    }

    [Fact]
    public async Task A_submitted_declaration_reads_as_its_frozen_version_with_its_versions_audit_and_pdf()
    {
        await using var app = await databases.DemoAppAsync(DatabaseProvider.PostgreSql);
        var id = await app.DeclarationIdAsync("网络舆情综合管理");
        var filer = await app.TokenClientAsync(DemoAccounts.Filers[Shanhaiguan].UserName);
        await filer.ActAsync(id, "submit", await filer.GetDeclarationAsync(id));

        var document = await filer.GetDeclarationAsync(id);
        ((int)document["version"]!["number"]!).ShouldBe(1);
        var hash = (string)document["version"]!["contentHash"]!;
        hash.ShouldBe(await app.QueryAsync(db => db.DeclarationVersions.Where(v => v.DeclarationId == id).Select(v => v.ContentHash).SingleAsync()));
        ((string)document["workflow"]!["stateText"]!).ShouldBe("待业务股室审核");
        (await filer.GetAsync($"/api/v1/declarations/{id}?version=1")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var noVersion = await filer.GetAsync($"/api/v1/declarations/{id}?version=2");
        noVersion.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await noVersion.Content.ReadAsStringAsync()).ShouldContain("没有第 2 版");

        var versions = JsonNode.Parse(await filer.GetStringAsync($"/api/v1/declarations/{id}/versions"))!.AsArray();
        versions.Select(v => (string)v!["contentHash"]!).ShouldBe([hash]);

        var events = JsonNode.Parse(await filer.GetStringAsync($"/api/v1/declarations/{id}/audit"))!.AsArray();
        events.Select(e => (string)e!["action"]!).ShouldBe([nameof(AuditAction.Submitted)]);
        events.ShouldAllBe(e => e!["ip"] == null); // a filer is not shown client addresses
        var asAdmin = JsonNode.Parse(await (await app.TokenClientAsync(DemoAccounts.Admin)).GetStringAsync($"/api/v1/declarations/{id}/audit"))!.AsArray();
        asAdmin.Count.ShouldBe(events.Count);

        var pdf = await filer.GetAsync($"/api/v1/declarations/{id}/pdf?layout=review&download=1");
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        pdf.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        (await pdf.Content.ReadAsByteArrayAsync())[..5].ShouldBe("%PDF-"u8.ToArray());
        var unknown = await filer.GetAsync($"/api/v1/declarations/{id}/pdf?layout=fancy");
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        ((string)(await unknown.ReadObjectAsync())["member"]!).ShouldBe("layout");
    }
}
