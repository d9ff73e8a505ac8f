using PerfTargets.Core.Auditing;
using PerfTargets.Data.Accounts;

namespace PerfTargets.Web.Accounts;

/// <summary>The signed-in user of a request as the audit trail records them.</summary>
public static class AuditActors
{
    public static AuditActor Actor(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User;
        var name = user.Identity?.IsAuthenticated == true ? user.Identity.Name ?? user.Name() : "anonymous";
        return new AuditActor(user.UserId(), name, user.DepartmentId(), user.ReviewSectionId(), context.Connection.RemoteIpAddress?.ToString(), user.Name());
    }

    /// <summary>An account acting before it has a session (signing in), or the name someone typed for one that does not exist.</summary>
    public static AuditActor Actor(this HttpContext context, PerfTargetsUser? account, string typedName)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ip = context.Connection.RemoteIpAddress?.ToString();
        return account is null
            ? new AuditActor(null, typedName, null, null, ip)
            : new AuditActor(account.Id, account.UserName ?? typedName, account.DepartmentId, account.ReviewSectionId, ip, account.DisplayName);
    }
}
