using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Review;

namespace PerfTargets.Data.Reports;

/// <summary>
/// 批复版本: the version of a declaration that reports answer to. The one place reports ask it, so
/// that 调整 (a declaration under adjustment is a draft whose last approved version still stands) can
/// change the answer here alone.
/// </summary>
public static class ApprovedVersions
{
    /// <summary>
    /// The approved version of a declaration; null when it has none. Today: the latest version of a
    /// declaration that is 已批复, as <see cref="Verification.ApprovedVersionLookup"/> defines it.
    /// </summary>
    public static async Task<DeclarationVersion?> OfAsync(PerfTargetsDbContext db, int declarationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var approved = await db.Declarations.AnyAsync(d => d.Id == declarationId && d.Status == DeclarationStatus.Approved, cancellationToken);
        return approved
            ? await db.DeclarationVersions.AsNoTracking().Where(v => v.DeclarationId == declarationId).OrderByDescending(v => v.Number).FirstAsync(cancellationToken)
            : null;
    }
}
