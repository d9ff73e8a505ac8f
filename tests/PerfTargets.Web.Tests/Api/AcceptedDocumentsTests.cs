using System.Net;
using System.Text.Json;
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
    /// <summary>Members the server owns or writes around a declaration: a new declaration gets its own.</summary>
    private static readonly HashSet<string> ServerMembers =
        ["id", "status", "departmentId", "frameworkId", "concurrencyStamp", "createdAt", "updatedAt", "budgetLinesTotal", "departmentName", "workflow", "version"];

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
        Differences(sent, read, "$").ShouldBeEmpty();
    }

    /// <summary>Where <paramref name="read"/> does not say what <paramref name="sent"/> said, member by member.</summary>
    private static IEnumerable<string> Differences(JsonNode? sent, JsonNode? read, string path)
    {
        switch (sent)
        {
            case JsonObject members:
                foreach (var (name, value) in members.Where(m => !ServerMembers.Contains(m.Key)))
                {
                    foreach (var difference in Differences(value, read?[name], $"{path}.{name}"))
                    {
                        yield return difference;
                    }
                }

                break;
            case JsonArray items when read is JsonArray readItems && readItems.Count == items.Count:
                for (var i = 0; i < items.Count; i++)
                {
                    foreach (var difference in Differences(items[i], readItems[i], $"{path}[{i}]"))
                    {
                        yield return difference;
                    }
                }

                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number:
                if (read is not JsonValue number || number.GetValueKind() != JsonValueKind.Number || value.GetValue<decimal>() != number.GetValue<decimal>())
                {
                    yield return $"{path}: sent {value.ToJsonString()}, read {read?.ToJsonString() ?? "nothing"}";
                }

                break;
            default:
                if (!JsonNode.DeepEquals(sent, read))
                {
                    yield return $"{path}: sent {sent?.ToJsonString() ?? "null"}, read {read?.ToJsonString() ?? "nothing"}";
                }

                break;
        }
    }
}
