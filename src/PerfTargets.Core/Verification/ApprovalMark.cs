using PerfTargets.Core.Review;

namespace PerfTargets.Core.Verification;

/// <summary>
/// 系统审批核验标记: what each printed 已批复 version carries — 第 n 版, the content hash of the
/// frozen version, the signature (核验码, null when the server has no key) and the address of the
/// public page that checks them, which the QR code beside it encodes. It attests this system's
/// approval record; it is not an electronic seal (GB/T 38540).
/// </summary>
public sealed record ApprovalMark(int VersionNumber, string ContentHash, string? Signature, Uri VerificationUrl)
{
    /// <summary>The verify page's path, under the site's base address.</summary>
    public const string PathPrefix = "verify/";

    /// <summary>The signature's query parameter on the verification address.</summary>
    public const string SignatureParameter = "s";

    /// <summary>The mark of version <paramref name="versionNumber"/> of declaration <paramref name="declarationId"/>, signed if the signer has a key.</summary>
    public static ApprovalMark Issue(ApprovalMarkSigner signer, Uri baseUrl, int declarationId, int versionNumber, string contentHash)
    {
        ArgumentNullException.ThrowIfNull(signer);
        ArgumentNullException.ThrowIfNull(baseUrl);
        var hash = contentHash?.ToLowerInvariant() ?? throw new ArgumentNullException(nameof(contentHash));
        var signature = signer.Sign(hash, versionNumber, declarationId);
        return new ApprovalMark(versionNumber, hash, signature, UrlFor(baseUrl, hash, signature));
    }

    /// <summary>
    /// <c>{base}/verify/{hash}</c>, with <c>?s={signature}</c> when there is one. The base is the
    /// site's address (with or without a trailing slash; a path base is kept).
    /// </summary>
    public static Uri UrlFor(Uri baseUrl, string contentHash, string? signature)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        if (!baseUrl.IsAbsoluteUri)
        {
            throw new ArgumentException("The base of a verification address is absolute.", nameof(baseUrl));
        }

        if (!FrozenVersion.IsContentHash(contentHash))
        {
            throw new ArgumentException("A content hash is 64 hex digits.", nameof(contentHash));
        }

        var root = baseUrl.AbsolutePath.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
        var relative = PathPrefix + contentHash.ToLowerInvariant() + (signature is null ? string.Empty : $"?{SignatureParameter}={signature}");
        return new Uri(root, relative);
    }
}
