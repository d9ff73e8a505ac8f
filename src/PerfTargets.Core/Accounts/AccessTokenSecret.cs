using System.Security.Cryptography;
using System.Text;

namespace PerfTargets.Core.Accounts;

/// <summary>
/// The secret of a personal access token (个人访问令牌): 32 random bytes, shown once as
/// <c>pt_</c> and 43 Base64url characters. Only its SHA-256 is stored: the secret carries 256 bits of
/// chance, so a fast hash is enough (no one can guess their way to a match) and a lookup is one index probe.
/// </summary>
public static class AccessTokenSecret
{
    public const string Prefix = "pt_";

    /// <summary>The characters of a token shown in lists to tell tokens apart (the prefix and the first six of the secret).</summary>
    public const int ShownLength = 9;

    private const int SecretBytes = 32;

    private static readonly System.Buffers.SearchValues<char> Base64Url =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    /// <summary>A new token as the user copies it.</summary>
    public static string Create() =>
        Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(SecretBytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The stored form of a token: lower-case hex SHA-256 of its text.</summary>
    public static string Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }

    /// <summary>Whether a text has the shape of a token; anything else is refused before the database is asked.</summary>
    public static bool LooksLikeToken(string? text) =>
        text is { Length: 46 } && text.StartsWith(Prefix, StringComparison.Ordinal)
        && text.AsSpan(Prefix.Length).IndexOfAnyExcept(Base64Url) < 0;
}
