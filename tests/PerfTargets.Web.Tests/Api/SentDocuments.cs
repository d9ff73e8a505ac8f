using System.Text.Json;
using System.Text.Json.Nodes;

namespace PerfTargets.Web.Tests.Api;

/// <summary>Compares a document sent to the API with the one it gives back, member by member.</summary>
internal static class SentDocuments
{
    /// <summary>Members the server owns or writes around a declaration: a new declaration gets its own.</summary>
    private static readonly HashSet<string> ServerMembers =
        ["id", "status", "departmentId", "frameworkId", "concurrencyStamp", "createdAt", "updatedAt", "budgetLinesTotal", "departmentName", "workflow", "version"];

    /// <summary>Where <paramref name="read"/> does not say what <paramref name="sent"/> said; numbers compare as decimals.</summary>
    public static IEnumerable<string> Differences(JsonNode sent, JsonNode read) => Differences(sent, read, "$");

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
