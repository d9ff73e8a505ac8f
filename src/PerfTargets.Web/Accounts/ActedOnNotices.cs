using System.Security.Claims;
using PerfTargets.Core.Review;

namespace PerfTargets.Web.Accounts;

/// <summary>
/// What a reviewer is told of a declaration they approved or returned that the access rule now hides
/// from them (back with its filer, or resubmitted to an earlier section): where it is, not "不存在".
/// Only for a declaration they acted on: to anyone else, one they may not see is not said to exist.
/// </summary>
public static class ActedOnNotices
{
    /// <summary>The notice, or null when the user may see the declaration or never acted on it.</summary>
    public static async Task<string?> ForAsync(PerfTargetsDbContext db, ClaimsPrincipal user, Declaration declaration, ReviewChain chain, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(declaration);
        if (!user.IsReviewer() || user.CanSee(declaration, chain)
            || user.UserId() is not { } userId
            || !await db.DeclarationEvents.AnyAsync(e => e.DeclarationId == declaration.Id && e.UserId == userId && e.SectionId != null, cancellationToken))
        {
            return null;
        }

        var name = $"“{declaration.ProjectName}”";
        return declaration.Status switch
        {
            DeclarationStatus.Draft when ReturnedDrafts.IsReturned(declaration.Status, declaration.Review) =>
                $"{name}已由{chain.Find(declaration.Review.ReturnedBySectionId)?.Name ?? "审核科室"}退回填报单位修改，重新提交后将再次进入审核。",
            DeclarationStatus.Draft => $"{name}已回到填报单位修改，重新提交后将再次进入审核。",
            _ => $"{name}已重新提交，现{WorkflowStatus.Describe(declaration.Status, declaration.Review, chain)}；轮到本科室时会出现在待审列表中。",
        };
    }
}
