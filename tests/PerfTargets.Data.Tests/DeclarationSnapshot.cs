using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using PerfTargets.Core.Declarations;

namespace PerfTargets.Data.Tests;

/// <summary>
/// A declaration as JSON without what the database assigns (keys, stamps, times), with its
/// collections in sequence order and amounts without trailing zeros, so that a declaration
/// read back can be compared with the one written, field by field.
/// </summary>
internal static class DeclarationSnapshot
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(), new NormalizedDecimal() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Of(Declaration declaration)
    {
        declaration.Id = declaration.DepartmentId = declaration.FrameworkId = 0;
        declaration.ConcurrencyStamp = Guid.Empty;
        declaration.CreatedAt = declaration.UpdatedAt = default;
        declaration.PutInFormOrder();
        declaration.BudgetLines.ForEach(l => l.Id = 0);
        declaration.Indicators.ForEach(i => i.Id = 0);
        declaration.Safeguards.ForEach(s => s.Id = 0);
        return JsonSerializer.Serialize(declaration, Json);
    }

    private sealed class NormalizedDecimal : JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
            writer.WriteRawValue(value.ToString("0.############", CultureInfo.InvariantCulture));
    }
}
