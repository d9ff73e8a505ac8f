using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;
using PerfTargets.Core.Auditing;

namespace PerfTargets.Data.Auditing;

/// <summary>
/// Appends to the hash-chained audit trail (审计日志). An action that changes data records its row
/// in the same transaction, so the two commit or fail together; nothing ever updates or deletes a row.
/// </summary>
public sealed class AuditTrail(PerfTargetsDbContext db, AuditChain chain, TimeProvider clock)
{
    /// <summary>
    /// Claims the chain head for the transaction in progress: from here until that transaction
    /// commits or rolls back every other append waits its turn, so the chain cannot fork.
    /// </summary>
    internal async Task<AuditTurn> ClaimTurnAsync(CancellationToken cancellationToken = default)
    {
        var (sequence, previousHash) = await ClaimHeadAsync(CurrentTransaction, cancellationToken);
        return new AuditTurn(sequence, previousHash);
    }

    /// <summary>Adds the row of a claimed turn to the transaction in progress, to be written by the caller's next save.</summary>
    internal async Task<AuditEntry> AddAsync(AuditTurn turn, AuditNote note, CancellationToken cancellationToken = default)
    {
        var entry = chain.Next(turn.Sequence, turn.PreviousHash, clock.GetUtcNow().UtcDateTime, note.Action, note.Actor, note.DeclarationId, note.VersionHash, note.Detail);
        await ExecuteAsync(CurrentTransaction, """UPDATE "AuditChainHead" SET "LastHash" = @p0 WHERE "Id" = 1""", entry.Hash, cancellationToken);
        db.AuditEntries.Add(entry);
        return entry;
    }

    /// <summary>Records an event that changes nothing else (a sign-in, a refusal) in a transaction of its own.</summary>
    public async Task<AuditEntry> AppendAsync(AuditAction action, AuditActor actor, int? declarationId = null, string? versionHash = null, string? detail = null, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var entry = await AddAsync(await ClaimTurnAsync(cancellationToken), new AuditNote(action, actor, declarationId, versionHash, detail), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.Entry(entry).State = EntityState.Detached;
        return entry;
    }

    /// <summary>
    /// Walks the whole chain in order, a thousand rows at a time, and checks every link and keyed
    /// hash, that the head names the last row, and that every checkpoint written out earlier
    /// (<paramref name="checkpoints"/>, the lines of a checkpoint file) is signed with the audit key
    /// and names a row that is still there with that hash: a chain cut short is caught even when
    /// its head was rewound with it.
    /// </summary>
    public async Task<AuditVerification> VerifyAsync(IEnumerable<string>? checkpoints = null, CancellationToken cancellationToken = default)
    {
        var expected = new Dictionary<long, AuditCheckpoint>();
        var lineNumber = 0;
        foreach (var line in checkpoints ?? [])
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (AuditCheckpoint.Parse(line) is not { } checkpoint || !chain.IsGenuine(checkpoint))
            {
                return new AuditVerification(false, 0, $"检查点第 {lineNumber} 行无法读取或签名不符：检查点被改动，或审计密钥不是写入时的密钥。");
            }

            expected[checkpoint.Sequence] = checkpoint;
        }

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

            if (chain.FindBreak(previous, batch, out var sound) is { } problem)
            {
                return new AuditVerification(false, count + sound, problem);
            }

            foreach (var entry in batch)
            {
                if (expected.TryGetValue(entry.Sequence, out var checkpoint) && checkpoint.Hash != entry.Hash)
                {
                    return new AuditVerification(false, entry.Sequence - 1, $"第 {entry.Sequence} 条与检查点记下的哈希不符：该条及其后的记录被重写。");
                }
            }

            count += batch.Count;
            previous = batch[^1];
        }

        var head = await db.AuditChainHeads.AsNoTracking().SingleAsync(cancellationToken);
        if (head.LastSequence != count || head.LastHash != (previous?.Hash ?? AuditChain.Genesis))
        {
            return new AuditVerification(false, count, $"链尾记录为第 {head.LastSequence} 条，实际只有 {count} 条：最后的记录被删除或改动。");
        }

        if (expected.Values.Where(c => c.Sequence > count).MaxBy(c => c.Sequence) is { } beyond)
        {
            return new AuditVerification(false, count, $"检查点记到第 {beyond.Sequence} 条，现在只有 {count} 条：最后的记录连同链尾被删除。");
        }

        return new AuditVerification(true, count, null, expected.Count);
    }

    /// <summary>When the chain's first row was written; null while there is none.</summary>
    public Task<DateTime?> StartedAtAsync(CancellationToken cancellationToken = default) =>
        db.AuditEntries.AsNoTracking().Where(e => e.Sequence == 1).Select(e => (DateTime?)e.At).SingleOrDefaultAsync(cancellationToken);

    /// <summary>
    /// A signed checkpoint of the chain's head as it stands, to be written outside the database
    /// (<see cref="AuditCheckpoint.ToLine"/>).
    /// </summary>
    public async Task<AuditCheckpoint> CheckpointAsync(CancellationToken cancellationToken = default)
    {
        var head = await db.AuditChainHeads.AsNoTracking().SingleAsync(cancellationToken);
        return chain.Checkpoint(head.LastSequence, head.LastHash.Trim(), clock.GetUtcNow().UtcDateTime);
    }

    private IDbContextTransaction CurrentTransaction => db.Database.CurrentTransaction
        ?? throw new InvalidOperationException("An audit row is added inside the transaction of the action it records.");

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

/// <summary>The place in the chain a transaction has claimed: the sequence of its row and the hash it links to.</summary>
internal sealed record AuditTurn(long Sequence, string PreviousHash);

/// <summary>The result of checking the audit chain: intact, or where it first breaks.</summary>
/// <param name="Count">The rows checked and found sound (before the break, if there is one).</param>
/// <param name="Checkpoints">The checkpoints compared with the chain.</param>
public sealed record AuditVerification(bool Intact, long Count, string? Problem, int Checkpoints = 0);
