using Microsoft.EntityFrameworkCore;
using PerfTargets.Data;

namespace PerfTargets.Web.Seals;

/// <summary>GET /seals/{id}: a seal's PNG, for signed-in users. A seal row never changes, so browsers may keep it.</summary>
public static class SealEndpoint
{
    public static void MapSeals(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/seals/{id:int}", async (int id, PerfTargetsDbContext db, HttpContext context, CancellationToken cancellationToken) =>
        {
            var png = await db.Seals.Where(s => s.Id == id).Select(s => s.Png).FirstOrDefaultAsync(cancellationToken);
            if (png is null)
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "private, max-age=31536000, immutable";
            return Results.File(png, "image/png");
        }).RequireAuthorization().ExcludeFromDescription(); // an image for the pages, not part of the API
}
