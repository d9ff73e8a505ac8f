using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfTargets.Core.Declarations;

/// <summary>
/// How a declaration is written as a JSON document (demo data, the API, export): camel-case
/// members, enumerations by name, amounts in 元.
/// </summary>
public static class DeclarationJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        // Enumerations by name only: a number such as "moneyUnit": 5 could name no value at all.
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
        ReadCommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 32,
    };
}
