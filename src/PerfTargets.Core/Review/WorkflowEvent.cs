using PerfTargets.Core.Auditing;

namespace PerfTargets.Core.Review;

/// <summary>
/// 流转记录: one step through the workflow — who submitted, withdrew, approved or returned which
/// version, when, with what opinion (审核意见) and which seal — of a declaration
/// (<see cref="DeclarationEvent"/>) or a report (<see cref="Reports.ReportEvent"/>). Written once,
/// never changed. Each kind keeps its own table.
/// </summary>
public abstract class WorkflowEvent
{
    public int Id { get; set; }

    /// <summary>The version acted on.</summary>
    public int VersionId { get; set; }

    /// <summary>The version's number (第 n 版), kept here so the history reads without the snapshot.</summary>
    public int VersionNumber { get; set; }

    public DeclarationEventKind Kind { get; set; }

    /// <summary>The reviewing section for 审核通过 and 退回; null for the filer's own steps.</summary>
    public int? SectionId { get; set; }

    /// <summary>The section's or department's name as it was at the time.</summary>
    public string? ActingFor { get; set; }

    /// <summary>审核意见, or the reasons of a return (required then).</summary>
    public string? Opinion { get; set; }

    /// <summary>The seal applied (审核通过 with the section's, 提交 with the department's); null if none.</summary>
    public int? SealId { get; set; }

    public int? UserId { get; set; }

    public string UserName { get; set; } = string.Empty;

    /// <summary>In UTC.</summary>
    public DateTime At { get; set; }

    /// <summary>
    /// <paramref name="record"/> filled with <paramref name="decision"/>, taken by <paramref name="actor"/>
    /// on <paramref name="version"/> at <paramref name="at"/> (UTC).
    /// </summary>
    protected static TEvent Recorded<TEvent>(TEvent record, ReviewDecision decision, FrozenVersion version, AuditActor actor, DateTime at)
        where TEvent : WorkflowEvent
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(actor);
        record.VersionId = version.Id;
        record.VersionNumber = version.Number;
        record.Kind = decision.Event;
        record.SectionId = decision.SectionId;
        record.ActingFor = decision.ActingFor;
        record.Opinion = decision.Opinion;
        record.SealId = decision.SealId;
        record.UserId = actor.UserId;
        record.UserName = actor.ShownName;
        record.At = at;
        return record;
    }
}
