using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PerfTargets.Core.Security;

namespace PerfTargets.Core.Auditing;

/// <summary>
/// The keyed hash chain of the audit trail: how a row's hash is computed and how a run of rows is
/// checked. Each hash is an HMAC-SHA256 under the audit key (审计密钥, kept outside the database), so
/// that someone who can write to the database cannot recompute the chain after changing a row.
/// </summary>
public sealed class AuditChain
{
    private readonly byte[] key;

    public AuditChain(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < SecretKey.MinimumBytes)
        {
            throw new ArgumentException($"An audit key has at least {SecretKey.MinimumBytes} bytes.", nameof(key));
        }

        this.key = key;
    }

    /// <summary>The "previous hash" of the first row.</summary>
    public static string Genesis { get; } = new('0', 64);

    public const int DetailMaxLength = 1000;

    /// <summary>A new row following <paramref name="previousHash"/>, its time cut to the millisecond and its hash computed.</summary>
    public AuditEntry Next(long sequence, string previousHash, DateTime at, AuditAction action, AuditActor actor, int? declarationId, string? versionHash, string? detail)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var entry = new AuditEntry
        {
            Sequence = sequence,
            At = ToMillisecond(at),
            Action = action,
            UserId = actor.UserId,
            UserName = Cut(actor.UserName, 256),
            DepartmentId = actor.DepartmentId,
            SectionId = actor.SectionId,
            Ip = actor.Ip is null ? null : Cut(actor.Ip, 64),
            DeclarationId = declarationId,
            VersionHash = versionHash,
            Detail = Cut(detail ?? string.Empty, DetailMaxLength),
            PreviousHash = previousHash,
        };
        entry.Hash = HashOf(entry);
        return entry;
    }

    /// <summary>HMAC-SHA256 over every column but the hash itself, written as a JSON array so no two rows read alike.</summary>
    public string HashOf(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        object?[] columns =
        [
            entry.Sequence,
            Timestamp(entry.At),
            entry.Action.ToString(),
            entry.UserId,
            entry.UserName,
            entry.DepartmentId,
            entry.SectionId,
            entry.Ip,
            entry.DeclarationId,
            entry.VersionHash,
            entry.Detail,
            entry.PreviousHash,
        ];
        return Mac(JsonSerializer.Serialize(columns));
    }

    /// <summary>
    /// Checks rows in sequence order that follow <paramref name="previous"/> (null before the first
    /// row): numbering without gaps, each row's link to the one before and its own hash.
    /// Returns the first broken row's problem, or null when the run holds; <paramref name="sound"/>
    /// counts the rows that held before it.
    /// </summary>
    public string? FindBreak(AuditEntry? previous, IEnumerable<AuditEntry> run, out int sound)
    {
        ArgumentNullException.ThrowIfNull(run);
        sound = 0;
        foreach (var entry in run)
        {
            var expectedSequence = (previous?.Sequence ?? 0) + 1;
            if (entry.Sequence != expectedSequence)
            {
                return $"第 {expectedSequence} 条缺失（下一条是第 {entry.Sequence} 条）。";
            }

            if (!string.Equals(entry.PreviousHash, previous?.Hash ?? Genesis, StringComparison.Ordinal))
            {
                return $"第 {entry.Sequence} 条与上一条的链接不符：上一条被改动或删除。";
            }

            if (!IsGenuine(entry))
            {
                return $"第 {entry.Sequence} 条的内容与其哈希不符：该条被改动，或审计密钥不是写入时的密钥。";
            }

            previous = entry;
            sound++;
        }

        return null;
    }

    /// <summary>A checkpoint of the chain's head at <paramref name="at"/>, signed with the audit key.</summary>
    public AuditCheckpoint Checkpoint(long sequence, string hash, DateTime at)
    {
        var time = ToMillisecond(at);
        return new AuditCheckpoint(sequence, hash, time, CheckpointMac(sequence, hash, time));
    }

    /// <summary>Whether the row's hash is this key's hash of its content: it was written by this system and not edited since.</summary>
    public bool IsGenuine(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return string.Equals(HashOf(entry), entry.Hash, StringComparison.Ordinal);
    }

    /// <summary>Whether the checkpoint's signature is this key's: it was written by this system and not edited since.</summary>
    public bool IsGenuine(AuditCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        return CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(CheckpointMac(checkpoint.Sequence, checkpoint.Hash, checkpoint.At)),
            Encoding.ASCII.GetBytes(checkpoint.Signature));
    }

    // A different first line from any row's JSON array, so that a checkpoint's MAC is never a row's.
    private string CheckpointMac(long sequence, string hash, DateTime at) =>
        Mac(string.Create(CultureInfo.InvariantCulture, $"perftargets-audit-checkpoint\n{sequence}\n{hash}\n{Timestamp(at)}"));

    private string Mac(string text) => Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text)));

    private static DateTime ToMillisecond(DateTime at)
    {
        var utc = at.Kind == DateTimeKind.Local ? at.ToUniversalTime() : DateTime.SpecifyKind(at, DateTimeKind.Utc);
        return new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
    }

    /// <summary>How a time is written where it is hashed or signed: UTC, to the millisecond, one form only.</summary>
    internal const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    internal static string Timestamp(DateTime at) => at.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];
}
