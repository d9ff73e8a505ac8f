using System.Security.Claims;
using PerfTargets.Core.Auditing;

namespace PerfTargets.Web.Accounts;

/// <summary>The signed-in user of a request as the audit trail records them.</summary>
public static class AuditActors
{
    public static AuditActor Actor(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User;
        int? userId = int.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
        var name = user.Identity?.IsAuthenticated == true ? user.Identity.Name ?? user.Name() : "anonymous";
        return new AuditActor(userId, name, user.DepartmentId(), user.ReviewSectionId(), context.Connection.RemoteIpAddress?.ToString());
    }
}
