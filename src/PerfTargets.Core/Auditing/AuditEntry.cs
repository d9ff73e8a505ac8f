namespace PerfTargets.Core.Auditing;

/// <summary>
/// 审计日志: one row of the append-only, hash-chained trail. Each row carries the hash of the row
/// before it, so removing or altering any row breaks every hash after it.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>1, 2, 3… with no gaps: the order of the chain.</summary>
    public long Sequence { get; set; }

    /// <summary>In UTC, to the millisecond (what both databases store exactly).</summary>
    public DateTime At { get; set; }

    public AuditAction Action { get; set; }

    public int? UserId { get; set; }

    public string UserName { get; set; } = string.Empty;

    public int? DepartmentId { get; set; }

    public int? SectionId { get; set; }

    public string? Ip { get; set; }

    public int? DeclarationId { get; set; }

    /// <summary>The SHA-256 of the declaration version acted on, when there is one.</summary>
    public string? VersionHash { get; set; }

    /// <summary>What a reader needs besides the columns: the project name, the reason of a refusal…</summary>
    public string Detail { get; set; } = string.Empty;

    public string PreviousHash { get; set; } = string.Empty;

    public string Hash { get; set; } = string.Empty;
}
