using PerfTargets.Core.Declarations;
using PerfTargets.Core.Review;
using PerfTargets.Data.Queries;

namespace PerfTargets.Data.Declarations;

/// <summary>
/// Keeps <see cref="StoredProblemCounts"/> exact: before a save, every declaration it adds or changes
/// (itself or any row it owns) is judged again and its counts go into the same transaction as the change. A count
/// that comes out as stored writes nothing.
/// </summary>
internal static class ProblemCountKeeper
{
    public static async Task KeepAsync(PerfTargetsDbContext db, CancellationToken cancellationToken)
    {
        var tracker = db.ChangeTracker;
        tracker.DetectChanges();
        var declarations = tracker.Entries<Declaration>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified).Select(e => e.Entity)
            .Concat(ChangedWithin(tracker)).Distinct().ToList();
        if (declarations.Count == 0)
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

    /// <summary>Unchanged declarations whose rows (indicators, budget lines, targets…) changed.</summary>
    private static IEnumerable<Declaration> ChangedWithin(Microsoft.EntityFrameworkCore.ChangeTracking.ChangeTracker tracker)
    {
        var owners = tracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Metadata.IsOwned()
                && e.Metadata.FindProperty(OwnerKey) is not null)
            .Select(e => e.Property(OwnerKey).CurrentValue as int?)
            .OfType<int>().ToHashSet();
        return owners.Count == 0
            ? []
            : tracker.Entries<Declaration>().Where(e => e.State == EntityState.Unchanged && owners.Contains(e.Entity.Id)).Select(e => e.Entity);
    }

    // Every row a declaration owns, however deep, carries its declaration's id under this name.
    private const string OwnerKey = "DeclarationId";
}
