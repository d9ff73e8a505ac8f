using PerfTargets.Core.Auditing;

namespace PerfTargets.Core.Review;

/// <summary>流转记录 of a declaration (<see cref="WorkflowEvent"/>).</summary>
public sealed class DeclarationEvent : WorkflowEvent
{
    public int DeclarationId { get; set; }

    /// <summary>The record of <paramref name="decision"/> taken on <paramref name="version"/>.</summary>
    public static DeclarationEvent Of(ReviewDecision decision, DeclarationVersion version, AuditActor actor, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(version);
        return Recorded(new DeclarationEvent { DeclarationId = version.DeclarationId }, decision, version, actor, at);
    }
}
