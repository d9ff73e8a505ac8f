namespace PerfTargets.Core.Publishing;

/// <summary>
/// 公开记录: one approved declaration made public — the frozen version published (never the live
/// row), when and by whom; once withdrawn (撤回公开), when, by whom and why. A withdrawn record stays,
/// so the public list can say when it was withdrawn; publishing again takes the row up anew, and the
/// audit trail keeps every step.
/// </summary>
public sealed class Publication
{
    public int Id { get; set; }

    public int DeclarationId { get; set; }

    /// <summary>The frozen version published: the one the declaration reached 已批复 with.</summary>
    public int VersionId { get; set; }

    /// <summary>In UTC.</summary>
    public DateTime PublishedAt { get; set; }

    public int? PublishedById { get; set; }

    public string PublishedBy { get; set; } = string.Empty;

    /// <summary>When it was withdrawn (UTC); null while it is public.</summary>
    public DateTime? WithdrawnAt { get; set; }

    public int? WithdrawnById { get; set; }

    public string? WithdrawnBy { get; set; }

    /// <summary>撤回理由, required when withdrawing.</summary>
    public string? WithdrawalReason { get; set; }

    /// <summary>内部资料不公开: the 项目情况 fields (<see cref="Declarations.NarrativeField.Name"/>) the admin withheld from the public.</summary>
    public List<string> InternalFields { get; set; } = [];

    public bool IsPublic => WithdrawnAt is null;
}
