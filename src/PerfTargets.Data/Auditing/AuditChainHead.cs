namespace PerfTargets.Data.Auditing;

/// <summary>
/// The end of the audit chain, one row. Every append first updates this row, which makes appends
/// take turns on either database, so two concurrent appends can never fork the chain.
/// </summary>
public sealed class AuditChainHead
{
    public const int SingletonId = 1;

    public int Id { get; set; }

    public long LastSequence { get; set; }

    public string LastHash { get; set; } = string.Empty;
}
