using System.Text.Json;

namespace PerfTargets.Core.Review;

/// <summary>
/// How a submission is frozen, for a declaration and a report alike: its JSON without the live row's
/// identity and bookkeeping, which are not what was declared, and the hash it is checked by on every read.
/// </summary>
public static class FrozenContent
{
    private static readonly string[] NotContent = ["id", "status", "concurrencyStamp", "createdAt", "updatedAt"];

    /// <summary>The content to freeze: <paramref name="value"/> as JSON (<see cref="DeclarationJson"/>), bookkeeping left out.</summary>
    public static string Of<T>(T value)
    {
        var document = JsonSerializer.SerializeToNode(value, DeclarationJson.Options)!.AsObject();
        foreach (var name in NotContent)
        {
            document.Remove(name);
        }

        return document.ToJsonString(DeclarationJson.Options);
    }

    /// <summary>Whether <paramref name="content"/> still hashes to <paramref name="hash"/>.</summary>
    public static bool Verifies(string content, string hash) =>
        string.Equals(FrozenVersion.HashOf(content), hash, StringComparison.Ordinal);
}
