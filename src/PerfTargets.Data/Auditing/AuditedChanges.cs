using PerfTargets.Data.Declarations;

namespace PerfTargets.Data.Auditing;

/// <summary>
/// 留痕变更: every change that is audited commits with its audit rows (审计记录) in one transaction,
/// or neither is written. The chain head is claimed before the change writes anything, so audited
/// changes take turns as single appends do and the keyed chain never forks.
/// </summary>
public sealed class AuditedChanges(PerfTargetsDbContext db, AuditTrail trail)
{
    /// <summary>Saves what the context tracks (entities added or modified in memory) with the row <paramref name="note"/>.</summary>
    public Task CommitAsync(AuditNote note, CancellationToken cancellationToken = default) =>
        CommitAsync(note, _ => Task.CompletedTask, cancellationToken);

    /// <summary>
    /// Makes <paramref name="change"/> inside the audit turn (one that reads what it changes, or saves
    /// to learn new ids) and commits it with the row <paramref name="note"/>.
    /// </summary>
    public Task CommitAsync(AuditNote note, Func<CancellationToken, Task> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(change);
        return CommitAsync(
            async token =>
            {
                await change(token);
                return [note];
            },
            cancellationToken);
    }

    /// <summary>
    /// For a change that learns what its rows say only as it is made (the id of a new row, how many
    /// tokens a revocation reaches). A change that names no row is abandoned: nothing it did is
    /// written, and the result is false. Any failure, of the change or of its rows, writes nothing.
    /// </summary>
    public async Task<bool> CommitAsync(Func<CancellationToken, Task<IReadOnlyList<AuditNote>>> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var turn = await trail.ClaimTurnAsync(cancellationToken);
        var notes = await change(cancellationToken);
        if (notes.Count == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return false;
        }

        await trail.AddAsync(turn, notes[0], cancellationToken);
        foreach (var note in notes.Skip(1))
        {
            await trail.AddAsync(await trail.ClaimTurnAsync(cancellationToken), note, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// As <see cref="CommitAsync(AuditNote, CancellationToken)"/> under optimistic concurrency: false,
    /// with nothing written and the context cleared, when someone else's change got there first (a
    /// concurrency stamp or a unique key).
    /// </summary>
    public Task<bool> TryCommitAsync(AuditNote note, CancellationToken cancellationToken = default) =>
        TryCommitAsync(note, _ => Task.CompletedTask, cancellationToken);

    /// <summary>As <see cref="CommitAsync(AuditNote, Func{CancellationToken, Task}, CancellationToken)"/> under optimistic concurrency.</summary>
    public async Task<bool> TryCommitAsync(AuditNote note, Func<CancellationToken, Task> change, CancellationToken cancellationToken = default)
    {
        try
        {
            await CommitAsync(note, change, cancellationToken);
            return true;
        }
        catch (DbUpdateException e) when (OptimisticSave.IsConflict(e))
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
