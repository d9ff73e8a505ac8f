using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfTargets.Core.Declarations;

/// <summary>
/// How a declaration is written as a JSON document (demo data, the API, export): camel-case
/// members, enumerations by name, amounts in 元.
/// </summary>
public static class DeclarationJson
{
    /// <summary>
    /// Read-only from the start, with its resolver in place: the API walks its contract through
    /// GetTypeInfo before anything has been serialised with it (the first request after a start),
    /// and mutable options without a resolver give no metadata then.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = Ready(new(JsonSerializerDefaults.Web)
    {
        // Enumerations by name only: a number such as "moneyUnit": 5 could name no value at all.
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
        ReadCommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 32,
    });

    private static JsonSerializerOptions Ready(JsonSerializerOptions options)
    {
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
