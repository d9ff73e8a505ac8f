namespace PerfTargets.Core.Auditing;

/// <summary>
/// Who acts, as the audit trail records it: the account, the department or section it acts for, and
/// where from; the display name (姓名) is what a declaration's history shows.
/// </summary>
public sealed record AuditActor(int? UserId, string UserName, int? DepartmentId, int? SectionId, string? Ip, string? DisplayName = null)
{
    /// <summary>The name a reader of the history recognises: 姓名 when the account has one.</summary>
    public string ShownName => string.IsNullOrWhiteSpace(DisplayName) ? UserName : DisplayName;

    /// <summary>The application itself (start-up, command-line verbs).</summary>
    public static AuditActor System { get; } = new(null, "system", null, null, null);
}
