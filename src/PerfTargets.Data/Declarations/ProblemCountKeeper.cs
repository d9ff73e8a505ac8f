using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Review;
using PerfTargets.Data.Queries;

namespace PerfTargets.Data.Declarations;

/// <summary>
/// Keeps <see cref="StoredProblemCounts"/> exact: before a save that changes anything, every tracked
/// declaration is judged again and its counts go into the same transaction as the change. A count
/// that comes out as stored writes nothing.
/// </summary>
internal static class ProblemCountKeeper
{
    public static async Task KeepAsync(PerfTargetsDbContext db, CancellationToken cancellationToken)
    {
        var tracker = db.ChangeTracker;
        var declarations = tracker.Entries<Declaration>().Where(e => e.State is not (EntityState.Deleted or EntityState.Detached)).Select(e => e.Entity).ToList();
        if (declarations.Count == 0 || !tracker.HasChanges())
        {
            return;
        }

        var submissions = tracker.Entries<DeclarationVersion>().Where(e => e.State == EntityState.Added)
            .GroupBy(e => e.Entity.DeclarationId).ToDictionary(g => g.Key, g => g.Max(e => e.Entity.SubmittedAt));
        foreach (var (declaration, judgement) in await DeclarationProblemQueries.JudgeAsync(db, declarations, submissions, cancellationToken))
        {
            db.Store(declaration, judgement);
        }
    }
}
