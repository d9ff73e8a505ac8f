using PerfTargets.Core.Accounts;
using PerfTargets.Core.Review;
using PerfTargets.Data.Queries;

namespace PerfTargets.Data.Review;

/// <summary>Reads the review chain and the finance office's review settings, through the <see cref="ReferenceCache"/>.</summary>
public static class ReviewChains
{
    public static async Task<ReviewChain> LoadChainAsync(this PerfTargetsDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return new ReviewChain(await db.ReferenceAsync<ReviewSection, List<ReviewSection>>(
            token => db.ReviewSections.AsNoTracking().ToListAsync(token), cancellationToken));
    }

    public static async Task<ReviewSettings> LoadReviewSettingsAsync(this PerfTargetsDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.ReferenceAsync<ReviewSettings, ReviewSettings?>(
            token => db.ReviewSettings.AsNoTracking().SingleOrDefaultAsync(token), cancellationToken) ?? new ReviewSettings();
    }
}
