using PerfTargets.Core.Auditing;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Declarations;
using PerfTargets.Data.Review;
using PerfTargets.Data.Queries;

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

    /// <summary>
    /// The declaration by <paramref name="id"/>, tracked for a change, when the user fills for its
    /// department; otherwise none, and <c>Refused</c> when it is another department's (recorded, 越权被拒).
    /// The pages and the API answer both as not found.
    /// </summary>
    public static async Task<(Declaration? Declaration, bool Refused)> FindOwnAsync(
        this DraftDeclarations drafts, HttpContext context, AuditTrail audit, int id, string attempted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentNullException.ThrowIfNull(context);
        var declaration = await drafts.FindAsync(id, cancellationToken);
        if (declaration is null)
        {
            return (null, false);
        }

        if (!context.User.CanWorkFor(declaration.DepartmentId))
        {
            await context.RecordRefusalAsync(audit, id, attempted);
            return (null, true);
        }

        return (declaration, false);
    }

    /// <summary>
    /// The declaration by <paramref name="id"/>, untracked and in form order, when the user may see it;
    /// otherwise none, and an attempt at one out of the user's sight is recorded (越权被拒).
    /// The pages and the API answer both as not found.
    /// </summary>
    public static async Task<Declaration?> FindVisibleAsync(
        this HttpContext context, PerfTargetsDbContext db, AuditTrail audit, int id, string attempted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(db);
        var declaration = await db.FindDeclarationAsync(id, cancellationToken);
        if (declaration is null)
        {
            return null;
        }

        if (!context.User.CanSee(declaration, await db.LoadChainAsync(cancellationToken)))
        {
            await context.RecordRefusalAsync(audit, id, attempted);
            return null;
        }

        declaration.PutInFormOrder();
        return declaration;
    }

    /// <summary>Records the refused attempt (越权被拒); the caller answers it as not found.</summary>
    public static Task RecordRefusalAsync(this HttpContext context, AuditTrail audit, int declarationId, string attempted) =>
        RecordAsync(context, audit, declarationId, $"{attempted}被拒：无权访问该申报表");

    /// <summary>Records a refused request for a seal image not the user's to see; the caller answers it as not found.</summary>
    public static Task RecordSealRefusalAsync(this HttpContext context, AuditTrail audit, int sealId) =>
        RecordAsync(context, audit, null, $"查看印章 #{sealId} 被拒：无权查看该印章");

    private static async Task RecordAsync(HttpContext context, AuditTrail audit, int? declarationId, string detail)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(audit);
        await audit.AppendAsync(AuditAction.Refused, context.Actor(), declarationId, detail: detail, cancellationToken: context.RequestAborted);
    }
}
