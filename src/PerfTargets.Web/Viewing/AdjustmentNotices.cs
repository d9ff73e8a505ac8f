using PerfTargets.Core.Review;
using PerfTargets.Data.Review;

namespace PerfTargets.Web.Viewing;

/// <summary>调整中: the adjustment under way on a declaration, for the notice its page, editor and review page show.</summary>
public static class AdjustmentNotices
{
    /// <summary>The adjustment under way (see <see cref="Adjustment.InProgress"/>); null when none is.</summary>
    public static async Task<Adjustment?> ForAsync(PerfTargetsDbContext db, Declaration declaration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        return declaration.Status == DeclarationStatus.Approved || declaration.Review.VersionCount == 0
            ? null
            : Adjustment.InProgress(declaration.Status, (await DeclarationHistory.LoadAsync(db, declaration.Id, cancellationToken)).Events);
    }
}
