using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PerfTargets.Core.Auditing;

namespace PerfTargets.Data.Auditing;

/// <summary>
/// Appends to the hash-chained audit trail (审计日志). An action that changes data records its row
/// in the same transaction, so the two commit or fail together; nothing ever updates or deletes a row.
/// </summary>
public sealed class AuditTrail(PerfTargetsDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Adds a row to the transaction in progress, to be written by the caller's next save. The
    /// chain head is claimed first, so the caller's transaction holds the turn until it commits.
    /// </summary>
    public async Task<AuditEntry> AddAsync(AuditAction action, AuditActor actor, int? declarationId = null, string? versionHash = null, string? detail = null, CancellationToken cancellationToken = default)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("An audit row is added inside the transaction of the action it records.");
        var (sequence, previousHash) = await ClaimHeadAsync(transaction, cancellationToken);
        var entry = AuditChain.Next(sequence, previousHash, clock.GetUtcNow().UtcDateTime, action, actor, declarationId, versionHash, detail);
        await ExecuteAsync(transaction, """UPDATE "AuditChainHead" SET "LastHash" = @p0 WHERE "Id" = 1""", entry.Hash, cancellationToken);
        db.AuditEntries.Add(entry);
        return entry;
    }

    /// <summary>Records an event that changes nothing else (a sign-in, a refusal) in a transaction of its own.</summary>
    public async Task<AuditEntry> AppendAsync(AuditAction action, AuditActor actor, int? declarationId = null, string? versionHash = null, string? detail = null, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var entry = await AddAsync(action, actor, declarationId, versionHash, detail, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.Entry(entry).State = EntityState.Detached;
        return entry;
    }

    /// <summary>
    /// Walks the whole chain in order, a thousand rows at a time, and checks every link and hash,
    /// and that the head names the last row.
    /// </summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        AuditEntry? previous = null;
        long count = 0;
        while (true)
        {
            var after = previous?.Sequence ?? 0;
            var batch = await db.AuditEntries.AsNoTracking().Where(e => e.Sequence > after).OrderBy(e => e.Sequence).Take(1000).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            if (AuditChain.FindBreak(previous, batch, out var sound) is { } problem)
            {
                return new AuditVerification(false, count + sound, problem);
            }

            count += batch.Count;
            previous = batch[^1];
        }

        var head = await db.AuditChainHeads.AsNoTracking().SingleAsync(cancellationToken);
        if (head.LastSequence != count || head.LastHash != (previous?.Hash ?? AuditChain.Genesis))
        {
            return new AuditVerification(false, count, $"链尾记录为第 {head.LastSequence} 条，实际只有 {count} 条：最后的记录被删除或改动。");
        }

        return new AuditVerification(true, count, null);
    }

    private async Task<(long Sequence, string PreviousHash)> ClaimHeadAsync(IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = Command(transaction, """UPDATE "AuditChainHead" SET "LastSequence" = "LastSequence" + 1 WHERE "Id" = 1 RETURNING "LastSequence", "LastHash" """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException("The audit chain head row is missing.");
        }

        return (reader.GetInt64(0), reader.GetString(1).Trim());
    }

    private async Task ExecuteAsync(IDbContextTransaction transaction, string sql, string value, CancellationToken cancellationToken)
    {
        await using var command = Command(transaction, sql);
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@p0";
        parameter.Value = value;
        command.Parameters.Add(parameter);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private DbCommand Command(IDbContextTransaction transaction, string sql)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = sql;
        return command;
    }
}

/// <summary>The result of checking the audit chain: intact, or where it first breaks.</summary>
/// <param name="Count">The rows checked and found sound (before the break, if there is one).</param>
public sealed record AuditVerification(bool Intact, long Count, string? Problem);
