using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Accounts;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Seals;
using PerfTargets.Data.Seals;

namespace PerfTargets.Data.Review;

/// <summary>
/// Whether a review section can act on what is sent to it: an account of the section that is not
/// 停用 (审核人) and a seal to stamp with (印章). Nothing is sent to a section that lacks either, so no
/// declaration waits where nobody can review it.
/// </summary>
public sealed record SectionReadiness(ReviewSection Section, bool HasReviewer, bool HasSeal)
{
    public bool Ready => HasReviewer && HasSeal;

    /// <summary>What the section lacks, as a message names it: 审核人, 印章, or 审核人和印章; empty when ready.</summary>
    public string Missing => (HasReviewer, HasSeal) switch
    {
        (false, false) => "审核人和印章",
        (false, true) => "审核人",
        (true, false) => "印章",
        _ => string.Empty,
    };

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
