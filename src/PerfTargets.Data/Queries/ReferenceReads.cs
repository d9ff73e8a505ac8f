using Microsoft.EntityFrameworkCore.Infrastructure;

namespace PerfTargets.Data.Queries;

/// <summary>
/// Reads a kind of reference data through the <see cref="ReferenceCache"/> the context was built with
/// (<see cref="ReferenceCacheEviction"/> among its interceptors); a context built without one, as
/// tools build them, and a context with its own uncommitted change of that kind read the database.
/// </summary>
public static class ReferenceReads
{
    /// <summary>What <paramref name="read"/> gives for the table of <typeparamref name="TEntity"/>, cached.</summary>
    public static Task<T> ReferenceAsync<TEntity, T>(this PerfTargetsDbContext db, Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(read);
        return EvictionOf(db) is { } eviction && !eviction.HasPendingChange(db, typeof(TEntity))
            ? eviction.Cache.GetAsync(db, typeof(TEntity), read, cancellationToken)
            : read(cancellationToken);
    }

    private static ReferenceCacheEviction? EvictionOf(PerfTargetsDbContext db) =>
        db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<ReferenceCacheEviction>().FirstOrDefault();
}
