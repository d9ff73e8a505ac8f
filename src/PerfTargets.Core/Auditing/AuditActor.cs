namespace PerfTargets.Core.Auditing;

/// <summary>Who acts, as the audit trail records it: the account, the department or section it acts for, and where from.</summary>
public sealed record AuditActor(int? UserId, string UserName, int? DepartmentId, int? SectionId, string? Ip)
{
    /// <summary>The application itself (start-up, command-line verbs).</summary>
    public static AuditActor System { get; } = new(null, "system", null, null, null);
}
