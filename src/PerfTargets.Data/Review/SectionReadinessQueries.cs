using PerfTargets.Core.Accounts;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Review;
using PerfTargets.Core.Seals;
using PerfTargets.Data.Seals;

namespace PerfTargets.Data.Review;

/// <summary>Reads the <see cref="SectionReadiness"/> of review sections, and what waits on one.</summary>
public static class SectionReadinessQueries
{
    public static async Task<SectionReadiness> OfAsync(PerfTargetsDbContext db, ReviewSection section, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(section);
        var hasReviewer = await db.Users.AnyAsync(u => u.ReviewSectionId == section.Id && !u.IsDisabled, cancellationToken);
        var hasSeal = await db.Seals.AnyAsync(s => s.Owner == SealOwner.ReviewSection && s.OwnerId == section.Id, cancellationToken);
        return new SectionReadiness(section, hasReviewer, hasSeal);
    }

    /// <summary>Every section's readiness, in the order given.</summary>
    public static async Task<IReadOnlyList<SectionReadiness>> OfAllAsync(PerfTargetsDbContext db, IEnumerable<ReviewSection> sections, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(sections);
        var withReviewer = await db.Users.Where(u => u.ReviewSectionId != null && !u.IsDisabled).Select(u => u.ReviewSectionId!.Value).Distinct().ToListAsync(cancellationToken);
        var withSeal = await db.CurrentSealIdsAsync(SealOwner.ReviewSection, cancellationToken);
        return [.. sections.Select(s => new SectionReadiness(s, withReviewer.Contains(s.Id), withSeal.ContainsKey(s.Id)))];
    }

    /// <summary>The declarations waiting on a section now (待审), by name: what stops it being 停用.</summary>
    public static async Task<IReadOnlyList<string>> WaitingOnAsync(PerfTargetsDbContext db, int sectionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Declarations.Where(d => d.Status == DeclarationStatus.Submitted && d.Review.AwaitingSectionId == sectionId)
            .OrderBy(d => d.Review.SubmittedAt).Select(d => d.ProjectName).ToListAsync(cancellationToken);
    }
}
