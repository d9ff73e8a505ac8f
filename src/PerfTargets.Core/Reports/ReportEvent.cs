using PerfTargets.Core.Auditing;
using PerfTargets.Core.Review;

namespace PerfTargets.Core.Reports;

/// <summary>流转记录 of a report (<see cref="WorkflowEvent"/>), as a <see cref="DeclarationEvent"/> is for a declaration.</summary>
public sealed class ReportEvent : WorkflowEvent
{
    public int ReportId { get; set; }

    /// <summary>The record of <paramref name="decision"/> taken on <paramref name="version"/>.</summary>
    public static ReportEvent Of(ReviewDecision decision, ReportVersion version, AuditActor actor, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(version);
        return Recorded(new ReportEvent { ReportId = version.ReportId }, decision, version, actor, at);
    }
}
