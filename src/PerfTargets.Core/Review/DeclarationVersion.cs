using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PerfTargets.Core.Declarations;

namespace PerfTargets.Core.Review;

/// <summary>
/// 申报版本: the exact declaration as it was submitted, frozen as a JSON document with its SHA-256
/// hash. Reviewers read and approve a version, never the live draft; a version is written once
/// and never changed; every read checks it against its hash (<see cref="Read"/>).
/// </summary>
public sealed class DeclarationVersion
{
    public int Id { get; set; }

    public int DeclarationId { get; set; }

    /// <summary>第 n 版, counting from 1 for each declaration.</summary>
    public int Number { get; set; }

    /// <summary>The declaration as a JSON document (<see cref="DeclarationJson"/>).</summary>
    public string Content { get; set; } = string.Empty;

    /// <summary>SHA-256 of <see cref="Content"/>'s UTF-8 bytes, lower-case hex.</summary>
    public string ContentHash { get; set; } = string.Empty;

    public int? SubmittedById { get; set; }

    public string SubmittedBy { get; set; } = string.Empty;

    /// <summary>In UTC.</summary>
    public DateTime SubmittedAt { get; set; }

    /// <summary>Freezes the declaration's content as version <paramref name="number"/>.</summary>
    public static DeclarationVersion Freeze(Declaration declaration, int number, DateTime submittedAt, int? userId, string userName)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        declaration.PutInFormOrder();
        var content = FrozenContent.Of(declaration);
        return new DeclarationVersion
        {
            DeclarationId = declaration.Id,
            Number = number,
            Content = content,
            ContentHash = HashOf(content),
            SubmittedById = userId,
            SubmittedBy = userName,
            SubmittedAt = submittedAt,
        };
    }

    /// <summary>The length of <see cref="ContentHash"/>: 32 bytes in hex.</summary>
    public const int HashLength = 64;

    public static string HashOf(string content) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content ?? string.Empty)));

    /// <summary>Whether the text has the form of a content hash: 64 hex digits, lower- or upper-case.</summary>
    public static bool IsContentHash(string? text) =>
        text is { Length: HashLength } && text.All(char.IsAsciiHexDigit);

    /// <summary>Whether the content is still what was hashed when the version was frozen.</summary>
    public bool Verifies() => FrozenContent.Verifies(Content, ContentHash);

    /// <summary>
    /// The frozen declaration, to read; its id is the live declaration's, its status 已提交. Its
    /// content is hashed again first: content changed behind the application throws
    /// <see cref="AlteredVersionException"/> rather than being shown under the original hash.
    /// </summary>
    public Declaration Read()
    {
        if (!Verifies())
        {
            throw new AlteredVersionException(this);
        }

        var declaration = JsonSerializer.Deserialize<Declaration>(Content, DeclarationJson.Options)
            ?? throw new InvalidOperationException($"Version {Id} holds no declaration.");
        declaration.Id = DeclarationId;
        declaration.Status = DeclarationStatus.Submitted;
        declaration.PutInFormOrder();
        return declaration;
    }

    /// <summary>The first characters of the hash, as the history and the printed form show it.</summary>
    public string ShortHash => ContentHash.Length > 12 ? ContentHash[..12] : ContentHash;
}
