using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace PerfTargets.Core.Auditing;

/// <summary>The hash chain of the audit trail: how a row's hash is computed and how a run of rows is checked.</summary>
public static class AuditChain
{
    /// <summary>The "previous hash" of the first row.</summary>
    public static string Genesis { get; } = new('0', 64);

    public const int DetailMaxLength = 1000;

    /// <summary>A new row following <paramref name="previousHash"/>, its time cut to the millisecond and its hash computed.</summary>
    public static AuditEntry Next(long sequence, string previousHash, DateTime at, AuditAction action, AuditActor actor, int? declarationId, string? versionHash, string? detail)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var utc = at.Kind == DateTimeKind.Local ? at.ToUniversalTime() : DateTime.SpecifyKind(at, DateTimeKind.Utc);
        var entry = new AuditEntry
        {
            Sequence = sequence,
            At = new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc),
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

    /// <summary>SHA-256 over every column but the hash itself, written as a JSON array so no two rows read alike.</summary>
    public static string HashOf(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        object?[] columns =
        [
            entry.Sequence,
            entry.At.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
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
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(columns))));
    }

    /// <summary>
    /// Checks rows in sequence order that follow <paramref name="previous"/> (null before the first
    /// row): numbering without gaps, each row's link to the one before and its own hash.
    /// Returns the first broken row's problem, or null when the run holds; <paramref name="sound"/>
    /// counts the rows that held before it.
    /// </summary>
    public static string? FindBreak(AuditEntry? previous, IEnumerable<AuditEntry> run, out int sound)
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

            if (!string.Equals(HashOf(entry), entry.Hash, StringComparison.Ordinal))
            {
                return $"第 {entry.Sequence} 条的内容与其哈希不符：该条被改动。";
            }

            previous = entry;
            sound++;
        }

        return null;
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];
}
