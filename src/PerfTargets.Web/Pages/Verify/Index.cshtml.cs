using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using PerfTargets.Core.Review;
using PerfTargets.Core.Verification;
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
public sealed class IndexModel(ApprovedVersionLookup lookup) : PageModel
{
    /// <summary>The hash asked about, in lower case.</summary>
    public string Hash { get; private set; } = string.Empty;

    public bool Malformed { get; private set; }

    /// <summary>The approved version and the signature's check; null when the hash is of none.</summary>
    public ApprovalVerification? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? hash, [FromQuery(Name = ApprovalMark.SignatureParameter)] string? signature, CancellationToken cancellationToken)
    {
        Hash = hash?.Trim().ToLowerInvariant() ?? string.Empty;
        Malformed = !DeclarationVersion.IsContentHash(Hash);
        Result = Malformed ? null : await lookup.VerifyAsync(Hash, signature, cancellationToken);
        if (Result is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }
}
