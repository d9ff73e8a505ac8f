using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace PerfTargets.Core.Review;

/// <summary>
/// 冻结版本: what was submitted, frozen as a JSON document with its SHA-256 hash — a declaration's
/// (<see cref="DeclarationVersion"/>) or a report's (<see cref="Reports.ReportVersion"/>). Written once
/// and never changed; every read checks the content against its hash. Each kind keeps its own table.
/// </summary>
public abstract class FrozenVersion
{
    /// <summary>The length of <see cref="ContentHash"/>: 32 bytes in hex.</summary>
    public const int HashLength = 64;

    public int Id { get; set; }

    /// <summary>第 n 版, counting from 1 for each declaration or report.</summary>
    public int Number { get; set; }

    /// <summary>The submission as a JSON document (<see cref="FrozenContent"/>).</summary>
    public string Content { get; set; } = string.Empty;

    /// <summary>SHA-256 of <see cref="Content"/>'s UTF-8 bytes, lower-case hex.</summary>
    public string ContentHash { get; set; } = string.Empty;

    public int? SubmittedById { get; set; }

    public string SubmittedBy { get; set; } = string.Empty;

    /// <summary>In UTC.</summary>
    public DateTime SubmittedAt { get; set; }

    /// <summary>The first characters of the hash, as the history and the printed form show it.</summary>
    public string ShortHash => ContentHash.Length > 12 ? ContentHash[..12] : ContentHash;

    public static string HashOf(string content) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content ?? string.Empty)));

    /// <summary>Whether the text has the form of a content hash: 64 hex digits, lower- or upper-case.</summary>
    public static bool IsContentHash(string? text) =>
        text is { Length: HashLength } && text.All(char.IsAsciiHexDigit);

    /// <summary>Whether the content is still what was hashed when the version was frozen.</summary>
    public bool Verifies() => FrozenContent.Verifies(Content, ContentHash);

    /// <summary>Freezes <paramref name="value"/> into this version as 第 <paramref name="number"/> 版, submitted by whom and when (UTC).</summary>
    protected void Capture<T>(T value, int number, DateTime submittedAt, int? userId, string userName)
    {
        Number = number;
        Content = FrozenContent.Of(value);
        ContentHash = HashOf(Content);
        SubmittedById = userId;
        SubmittedBy = userName;
        SubmittedAt = submittedAt;
    }

    /// <summary>
    /// The frozen value, its content hashed again first: content changed behind the application throws
    /// what <paramref name="altered"/> makes rather than being shown under the original hash.
    /// </summary>
    protected T Thaw<T>(Func<AlteredVersionException> altered)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(altered);
        if (!Verifies())
        {
            throw altered();
        }

        return JsonSerializer.Deserialize<T>(Content, DeclarationJson.Options)
            ?? throw new InvalidOperationException($"{GetType().Name} {Id} holds no {typeof(T).Name}.");
    }
}
