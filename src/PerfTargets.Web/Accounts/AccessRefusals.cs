using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerfTargets.Core.Auditing;
using PerfTargets.Data.Auditing;

namespace PerfTargets.Web.Accounts;

/// <summary>
/// An attempt at a declaration the user may not reach (another department's id typed into the
/// address, say) is recorded in the audit trail and answered as if there were no such declaration.
/// </summary>
public static class AccessRefusals
{
    public static async Task<IActionResult> RefuseAsync(this PageModel page, AuditTrail audit, int declarationId, string attempted)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.HttpContext.RecordRefusalAsync(audit, declarationId, attempted);
        return page.NotFound();
    }

    /// <summary>Records the refused attempt (越权被拒); the caller answers it as not found.</summary>
    public static async Task RecordRefusalAsync(this HttpContext context, AuditTrail audit, int declarationId, string attempted)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(audit);
        await audit.AppendAsync(AuditAction.Refused, context.Actor(), declarationId, detail: $"{attempted}被拒：无权访问该申报表", cancellationToken: context.RequestAborted);
    }
}
