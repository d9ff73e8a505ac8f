using PerfTargets.Core.Review;

namespace PerfTargets.Core.Reports;

/// <summary>
/// 流转记录 of a report: who submitted, approved or returned which version, when, with what opinion
/// and seal — as a <see cref="DeclarationEvent"/> is for a declaration. Written once, never changed.
/// </summary>
public sealed class ReportEvent
{
    public int Id { get; set; }

    public int ReportId { get; set; }

    public int VersionId { get; set; }

    public int VersionNumber { get; set; }

    public DeclarationEventKind Kind { get; set; }

    /// <summary>The reviewing section for 审核通过 and 退回; null for the filer's own steps.</summary>
    public int? SectionId { get; set; }

    public string? ActingFor { get; set; }

    public string? Opinion { get; set; }

    /// <summary>The seal applied: the section's on 审核通过, the department's on 提交.</summary>
    public int? SealId { get; set; }

    public int? UserId { get; set; }

    public string UserName { get; set; } = string.Empty;

    /// <summary>In UTC.</summary>
    public DateTime At { get; set; }

    /// <summary>The record of <paramref name="decision"/> taken on <paramref name="version"/>.</summary>
    public static ReportEvent Of(ReviewDecision decision, ReportVersion version, Auditing.AuditActor actor, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(actor);
        return new ReportEvent
        {
            ReportId = version.ReportId,
            VersionId = version.Id,
            VersionNumber = version.Number,
            Kind = decision.Event,
            SectionId = decision.SectionId,
            ActingFor = decision.ActingFor,
            Opinion = decision.Opinion,
            SealId = decision.SealId,
            UserId = actor.UserId,
            UserName = actor.ShownName,
            At = at,
        };
    }
}
