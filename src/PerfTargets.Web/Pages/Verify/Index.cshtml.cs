using Microsoft.AspNetCore.RateLimiting;
using PerfTargets.Core.Auditing;
using PerfTargets.Core.Review;
using PerfTargets.Core.Verification;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Verification;
using PerfTargets.Web.Verification;

namespace PerfTargets.Web.Pages.Verify;

/// <summary>
/// 审批核验 (public, no sign-in): the page a printed approval mark's QR code opens. Says whether the
/// content hash is that of a version approved in this system and, if so, the facts to compare with
/// the paper; given the mark's signature (?s=), whether this system issued it. A malformed hash,
/// an unknown one and one of a version not approved all answer 404, the last two alike.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(VerificationServiceCollectionExtensions.RateLimitPolicy)]
public sealed class IndexModel(ApprovedVersionLookup lookup, AuditTrail audit) : PageModel
{
    /// <summary>The form's field for a pasted 核验网址 or hash.</summary>
    public const string AddressParameter = "address";

    /// <summary>The hash asked about, in lower case.</summary>
    public string Hash { get; private set; } = string.Empty;

    public bool Malformed { get; private set; }

    /// <summary>The approved version and the signature's check; null when the hash is of none.</summary>
    public ApprovalVerification? Result { get; private set; }

    /// <summary>What was typed in the form's first field: the 核验网址 or the bare hash; kept to show it again.</summary>
    public string? Address { get; private set; }

    /// <summary>The 核验码 typed in the form's second field, or the one the address asked about.</summary>
    public string? Signature { get; private set; }

    /// <summary>Nothing asked yet (/verify bare): the page is the form, not an error.</summary>
    public bool Blank { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? hash, [FromQuery(Name = ApprovalMark.SignatureParameter)] string? signature, [FromQuery(Name = AddressParameter)] string? address, CancellationToken cancellationToken)
    {
        Signature = string.IsNullOrWhiteSpace(signature) ? null : signature.Trim();
        if (hash is null && address is not null)
        {
            // The form's answer: the address printed on paper (or its hash) goes to the page it names, so
            // that the verdict has one address whatever was pasted.
            Address = address.Trim();
            if (VerificationAddress.Read(Address) is { } asked)
            {
                var code = Signature ?? asked.Signature;
                return Redirect($"/verify/{asked.Hash}" + (code is null ? "" : $"?{ApprovalMark.SignatureParameter}={Uri.EscapeDataString(code)}"));
            }
        }
        else if (hash is null)
        {
            Blank = true;
            return Page();
        }

        Hash = hash?.Trim().ToLowerInvariant() ?? string.Empty;
        Malformed = !DeclarationVersion.IsContentHash(Hash);
        Result = Malformed ? null : await lookup.VerifyAsync(Hash, signature, cancellationToken);
        if (Result is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        else if (!Result.Version.ContentIntact)
        {
            await audit.AppendAsync(AuditAction.VersionAltered, HttpContext.Actor(), versionHash: Hash,
                detail: $"审批核验：第 {Result.Version.VersionNumber} 版的内容与其哈希不符，核验结果为不一致", cancellationToken: cancellationToken);
        }

        return Page();
    }
}
