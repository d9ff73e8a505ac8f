using PerfTargets.Data.Auditing;
using PerfTargets.Data.Declarations;

namespace PerfTargets.Web.Api;

/// <summary>
/// The pages' access rules, for the API: a declaration out of the caller's sight is answered 404
/// exactly as one that does not exist (and the attempt is recorded); an action the caller's role
/// never has is answered 403.
/// </summary>
internal static class ApiAccess
{
    /// <summary>The declaration, untracked, if the caller may read it.</summary>
    public static async Task<(Declaration? Declaration, IResult? Problem)> VisibleAsync(
        HttpContext context, PerfTargetsDbContext db, AuditTrail audit, int id, string attempted, CancellationToken cancellationToken)
    {
        var declaration = await context.FindVisibleAsync(db, audit, id, attempted, cancellationToken);
        return declaration is null ? (null, ApiProblems.NotFound()) : (declaration, null);
    }

    /// <summary>The declaration, tracked for a change, if the caller is a filer of its department.</summary>
    public static async Task<(Declaration? Declaration, IResult? Problem)> OwnAsync(
        HttpContext context, DraftDeclarations drafts, AuditTrail audit, int id, string attempted, CancellationToken cancellationToken)
    {
        if (FilersOnly(context, attempted) is { } forbidden)
        {
            return (null, forbidden);
        }

        var (declaration, _) = await drafts.FindOwnAsync(context, audit, id, attempted, cancellationToken);
        return declaration is null ? (null, ApiProblems.NotFound()) : (declaration, null);
    }

    /// <summary>403 unless the caller is a 填报人.</summary>
    public static IResult? FilersOnly(HttpContext context, string attempted) =>
        context.User.IsFiler() ? null : ApiProblems.Forbidden($"只有填报人可以{attempted}申报表。");

    /// <summary>403 unless the caller is a 审核人.</summary>
    public static IResult? ReviewersOnly(HttpContext context, string attempted) =>
        context.User.IsReviewer() ? null : ApiProblems.Forbidden($"只有审核人可以{attempted}。");
}
