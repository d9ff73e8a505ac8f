using PerfTargets.Core.Review;

namespace PerfTargets.Data.Review;

/// <summary>Reads the review chain and the finance office's review settings.</summary>
public static class ReviewChains
{
    public static async Task<ReviewChain> LoadChainAsync(this PerfTargetsDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return new ReviewChain(await db.ReviewSections.AsNoTracking().ToListAsync(cancellationToken));
    }

    public static async Task<ReviewSettings> LoadReviewSettingsAsync(this PerfTargetsDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.ReviewSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? new ReviewSettings();
    }
}
