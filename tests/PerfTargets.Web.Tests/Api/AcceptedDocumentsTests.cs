using System.Net;
using System.Text.Json.Nodes;
using PerfTargets.Data.Accounts;
using static PerfTargets.Web.Tests.ApiClients;
using static PerfTargets.Web.Tests.DemoDepartments;

namespace PerfTargets.Web.Tests.Api;

/// <summary>
/// API v1 stays compatible: the documents in AcceptedDocuments/ were accepted by the API of
/// 2026-12-03 (the seeds as imported, minimal documents, and documents as GET wrote them then).
/// Each is still accepted as it stands, and what it says is what the API gives back.
/// </summary>
public class AcceptedDocumentsTests(SharedDemoApp shared) : IClassFixture<SharedDemoApp>
{
    public static TheoryData<string> Documents() =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Api", "AcceptedDocuments"), "*.json").Select(f => Path.GetFileName(f)!).Order()];

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task A_document_accepted_before_is_accepted_and_read_back_as_sent(string file)
    {
        var sent = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Api", "AcceptedDocuments", file)))!.AsObject();
        var department = (string?)sent["departmentCode"] ?? Shanhaiguan;
        var client = await shared.App.TokenClientAsync(DemoAccounts.Filers[department].UserName);

        var created = await client.PostAsync("/api/v1/declarations", Json(sent));

        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var read = await client.GetDeclarationAsync((int)(await created.ReadObjectAsync())["id"]!);
        SentDocuments.Differences(sent, read).ShouldBeEmpty();
    }
}
