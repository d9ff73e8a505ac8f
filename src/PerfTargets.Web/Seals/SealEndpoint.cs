using System.Security.Claims;
using PerfTargets.Core.Seals;
using PerfTargets.Data.Auditing;

namespace PerfTargets.Web.Seals;

/// <summary>
/// GET /seals/{id}: a seal's PNG, for those who may see it: the admin, reviewers, and a
/// department's filers for its own seals and for the section seals stamped on its declarations
/// (its review records show them). Anyone else is answered 404, as for no such seal, and the
/// attempt is recorded. A seal row never changes, so the browser may keep it.
/// </summary>
public static class SealEndpoint
{
    public static void MapSeals(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/seals/{id:int}", async (int id, PerfTargetsDbContext db, AuditTrail audit, HttpContext context, CancellationToken cancellationToken) =>
        {
            var seal = await db.Seals.Where(s => s.Id == id).Select(s => new { s.Owner, s.OwnerId }).FirstOrDefaultAsync(cancellationToken);
            if (seal is null)
            {
                return Results.NotFound();
            }

            if (!await MaySeeAsync(context.User, db, id, seal.Owner, seal.OwnerId, cancellationToken))
            {
                await context.RecordSealRefusalAsync(audit, id);
                return Results.NotFound();
            }

            var png = await db.Seals.Where(s => s.Id == id).Select(s => s.Png).SingleAsync(cancellationToken);
            context.Response.Headers.CacheControl = "private, max-age=31536000, immutable";
            return Results.File(png, "image/png");
        }).RequireAuthorization().ExcludeFromDescription(); // an image for the pages, not part of the API

    private static async Task<bool> MaySeeAsync(ClaimsPrincipal user, PerfTargetsDbContext db, int sealId, SealOwner owner, int ownerId, CancellationToken cancellationToken)
    {
        if (user.IsAdmin() || user.IsReviewer())
        {
            return true;
        }

        if (!user.IsFiler() || user.DepartmentId() is not { } department)
        {
            return false;
        }

        return (owner == SealOwner.Department && ownerId == department)
            || await db.DeclarationEvents.AnyAsync(e => e.SealId == sealId && db.Declarations.Any(d => d.Id == e.DeclarationId && d.DepartmentId == department), cancellationToken);
    }
}
