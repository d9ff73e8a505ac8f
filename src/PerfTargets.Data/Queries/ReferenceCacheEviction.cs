using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PerfTargets.Data.Queries;

/// <summary>
/// Keeps <see cref="ReferenceCache"/> right for this process: a save that adds, changes or deletes a
/// cached kind evicts it once the change is committed — at once without a transaction, else when the
/// transaction ends — so no reader keeps the old state past the commit. Until then the context that
/// made the change reads that kind from the database itself, seeing its own change.
/// </summary>
public sealed class ReferenceCacheEviction(ReferenceCache cache) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <summary>The kinds each context has saved and not yet evicted.</summary>
    private readonly ConditionalWeakTable<DbContext, HashSet<Type>> pending = [];

    public ReferenceCache Cache => cache;

    /// <summary>Whether the context has saved a change of that kind that is not yet committed.</summary>
    public bool HasPendingChange(DbContext db, Type kind) => pending.TryGetValue(db, out var kinds) && kinds.Contains(kind);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        NoteChanges(eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        NoteChanges(eventData);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        EvictOutsideTransaction(eventData);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        EvictOutsideTransaction(eventData);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => EvictOutsideTransaction(eventData);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        EvictOutsideTransaction(eventData);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Evict(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Evict(eventData.Context);
        return Task.CompletedTask;
    }

    // A rolled-back change left the database as it was; evicting costs one read and leaves nothing to reason about.
    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Evict(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Evict(eventData.Context);
        return Task.CompletedTask;
    }

    private void NoteChanges(DbContextEventData eventData)
    {
        if (eventData.Context is not { } db)
        {
            return;
        }

        var kinds = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Metadata.ClrType)
            .Where(ReferenceCache.Kinds.Contains)
            .ToList();
        if (kinds.Count > 0)
        {
            pending.GetOrCreateValue(db).UnionWith(kinds);
        }
    }

    private void EvictOutsideTransaction(DbContextEventData eventData)
    {
        if (eventData.Context is { } db && db.Database.CurrentTransaction is null)
        {
            Evict(db);
        }
    }

    private void Evict(DbContext? db)
    {
        if (db is not null && pending.TryGetValue(db, out var kinds))
        {
            pending.Remove(db);
            cache.Evict(db, kinds);
        }
    }
}
