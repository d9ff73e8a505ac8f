using System.Security.Claims;
using PerfTargets.Core.Summaries;
using PerfTargets.Data.Queries;
using PerfTargets.Data.Review;
using PerfTargets.Web.Pages.Declarations;

namespace PerfTargets.Web.Summaries;

/// <summary>
/// 汇总表 as a user may see it: the declarations visible to them (an admin all, a reviewer what has
/// reached their section, a filer its own department's), narrowed by the summary's filters. The
/// page, its PDF and the API all read it here.
/// </summary>
public static class VisibleSummary
{
    public static async Task<SummaryTable> SummaryForAsync(this PerfTargetsDbContext db, ClaimsPrincipal user, ListFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        var chain = await db.LoadChainAsync(cancellationToken);
        var declarations = await filter.ApplyAsync(db, db.Declarations.VisibleTo(user, chain), cancellationToken);
        return await db.SummarizeAsync(declarations, chain, cancellationToken);
    }

    /// <summary>Whose declarations the user's 汇总表 adds up, in the words the page and the PDF say it.</summary>
    public static string Whose(ClaimsPrincipal user) =>
        user.IsAdmin() ? "全部申报表" : user.IsReviewer() ? "已送达本科室或已批复的申报表" : "本单位的申报表";
}
