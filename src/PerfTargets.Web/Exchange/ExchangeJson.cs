using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace PerfTargets.Web.Exchange;

/// <summary>
/// How the API and the export write and read declaration documents: <see cref="DeclarationJson"/>,
/// with Chinese written as itself (not \u escapes, so an exported file can be read by a person), and
/// numbers read only as numbers (the web defaults would take "2027" for 2027 without a word).
/// </summary>
internal static class ExchangeJson
{
    public static JsonSerializerOptions Write { get; } = new(DeclarationJson.Options) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static JsonSerializerOptions File { get; } = new(Write) { WriteIndented = true };

    public static JsonSerializerOptions Read { get; } = new(DeclarationJson.Options) { NumberHandling = JsonNumberHandling.Strict };
}
