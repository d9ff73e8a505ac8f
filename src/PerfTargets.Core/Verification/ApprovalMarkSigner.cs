using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PerfTargets.Core.Review;
using PerfTargets.Core.Security;

namespace PerfTargets.Core.Verification;

/// <summary>
/// 核验码: the server's HMAC-SHA256, under its secret key, of what an approval mark claims — the
/// content hash, the version number and the declaration — so that a mark made up, or copied from
/// one approved form onto another, does not verify. Without a key it signs nothing, and an
/// approval mark carries version, hash and address alone.
/// </summary>
public sealed class ApprovalMarkSigner
{
    /// <summary>
    /// The bytes of the HMAC kept: 16 (128 bits), the shortest truncation RFC 2104 advises (half
    /// the hash). Far beyond guessing, even offline, yet 32 hex digits print on one line and keep
    /// the verification address within a version-8 QR code.
    /// </summary>
    public const int SignatureBytes = 16;

    /// <summary>The signature's length in hex digits.</summary>
    public const int SignatureLength = SignatureBytes * 2;

    // Names what is signed and how, so that a MAC this key makes for anything else never passes for a mark.
    private const string Purpose = "perftargets-approval-mark-v1";

    private readonly byte[]? key;

    /// <summary>A signer with <paramref name="key"/> (see <see cref="SecretKey"/>), or none that signs when it is null.</summary>
    public ApprovalMarkSigner(byte[]? key)
    {
        if (key is not null && key.Length < SecretKey.MinimumBytes)
        {
            throw new ArgumentException($"A verification key has at least {SecretKey.MinimumBytes} bytes.", nameof(key));
        }

        this.key = key?.ToArray();
    }

    /// <summary>Whether this signer has a key, so that marks carry a signature.</summary>
    public bool Signs => key is not null;

    /// <summary>The signature of a mark, in lower-case hex; null without a key.</summary>
    public string? Sign(string contentHash, int versionNumber, int declarationId) =>
        key is null ? null : Convert.ToHexStringLower(Mac(key, contentHash, versionNumber, declarationId));

    /// <summary>
    /// Compares a signature read off paper (hex, either case) with the mark's, in constant time;
    /// anything that is not 32 hex digits does not match.
    /// </summary>
    public SignatureCheck Check(string contentHash, int versionNumber, int declarationId, string? signature)
    {
        if (string.IsNullOrWhiteSpace(signature))
        {
            return SignatureCheck.NotGiven;
        }

        if (key is null)
        {
            return SignatureCheck.NoKey;
        }

        var expected = Mac(key, contentHash, versionNumber, declarationId);
        signature = signature.Trim();
        return signature.Length == SignatureLength && signature.All(char.IsAsciiHexDigit)
            && CryptographicOperations.FixedTimeEquals(expected, Convert.FromHexString(signature))
            ? SignatureCheck.Matches
            : SignatureCheck.DoesNotMatch;
    }

    /// <summary>
    /// What is signed, one field a line after the purpose: the hash in lower case, the numbers in
    /// invariant digits, so that the same mark always gives the same text on any server.
    /// </summary>
    public static string Canonical(string contentHash, int versionNumber, int declarationId)
    {
        if (!FrozenVersion.IsContentHash(contentHash))
        {
            throw new ArgumentException("A content hash is 64 hex digits.", nameof(contentHash));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(versionNumber);
        return string.Create(CultureInfo.InvariantCulture, $"{Purpose}\n{contentHash.ToLowerInvariant()}\n{versionNumber}\n{declarationId}");
    }

    private static byte[] Mac(byte[] key, string contentHash, int versionNumber, int declarationId) =>
        HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(Canonical(contentHash, versionNumber, declarationId)))[..SignatureBytes];
}
