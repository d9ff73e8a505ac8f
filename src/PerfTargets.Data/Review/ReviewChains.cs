using PerfTargets.Core.Accounts;
using PerfTargets.Core.Review;
using PerfTargets.Data.Queries;

namespace PerfTargets.Data.Review;

/// <summary>
/// Reads the review chain and the finance office's review settings: through the <see cref="ReferenceCache"/>
/// to show them, from the database itself to take a workflow step by them.
/// </summary>
public static class ReviewChains
{
    public static async Task<ReviewChain> LoadChainAsync(this PerfTargetsDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return new ReviewChain(await db.ReferenceAsync<ReviewSection, List<ReviewSection>>(token => SectionsAsync(db, token), cancellationToken));
    }

    public static async Task<ReviewSettings> LoadReviewSettingsAsync(this PerfTargetsDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.ReferenceAsync<ReviewSettings, ReviewSettings?>(token => SettingsAsync(db, token), cancellationToken) ?? new ReviewSettings();
    }

    /// <summary>
    /// The chain as the database holds it now, not as cached: a submission or a decision routes by it,
    /// so a section the admin has just disabled on another instance is never sent work.
    /// </summary>
    public static async Task<ReviewChain> ReadChainForStepAsync(this PerfTargetsDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return new ReviewChain(await SectionsAsync(db, cancellationToken));
    }

    /// <summary>The review settings as the database holds them now, for a submission routed by them (see <see cref="ReadChainForStepAsync"/>).</summary>
    public static async Task<ReviewSettings> ReadReviewSettingsForStepAsync(this PerfTargetsDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await SettingsAsync(db, cancellationToken) ?? new ReviewSettings();
    }

    private static Task<List<ReviewSection>> SectionsAsync(PerfTargetsDbContext db, CancellationToken cancellationToken) =>
        db.ReviewSections.AsNoTracking().ToListAsync(cancellationToken);

    private static Task<ReviewSettings?> SettingsAsync(PerfTargetsDbContext db, CancellationToken cancellationToken) =>
        db.ReviewSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
}
