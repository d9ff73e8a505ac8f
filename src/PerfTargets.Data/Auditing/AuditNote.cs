using PerfTargets.Core.Auditing;

namespace PerfTargets.Data.Auditing;

/// <summary>What one audit row (审计记录) is to say: the action, who did it, on which declaration and version, and the detail a reader sees.</summary>
public sealed record AuditNote(AuditAction Action, AuditActor Actor, int? DeclarationId = null, string? VersionHash = null, string? Detail = null);
