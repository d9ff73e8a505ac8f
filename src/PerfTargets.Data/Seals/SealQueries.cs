using PerfTargets.Core.Seals;

namespace PerfTargets.Data.Seals;

/// <summary>Finding the seal a department or section stamps with now: its latest.</summary>
public static class SealQueries
{
    public static Task<Seal?> CurrentSealAsync(this PerfTargetsDbContext db, SealOwner owner, int ownerId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Seals.AsNoTracking().Where(s => s.Owner == owner && s.OwnerId == ownerId).OrderByDescending(s => s.Id).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The ids of the current seals of each owner of a kind, without their images.</summary>
    public static async Task<Dictionary<int, int>> CurrentSealIdsAsync(this PerfTargetsDbContext db, SealOwner owner, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Seals.Where(s => s.Owner == owner).GroupBy(s => s.OwnerId)
            .Select(g => new { OwnerId = g.Key, Id = g.Max(s => s.Id) })
            .ToDictionaryAsync(s => s.OwnerId, s => s.Id, cancellationToken);
    }
}
