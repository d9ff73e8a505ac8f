using PerfTargets.Core.Review;
using PerfTargets.Data.Review;

namespace PerfTargets.Web.Viewing;

/// <summary>What the notice of a return (退回) tells the filer to do, on the declaration's page and in its editor alike.</summary>
public static class ReturnNotices
{
    /// <summary>The latest return of a declaration 已退回 and the advice to its filer; null when it is not 已退回.</summary>
    public static async Task<(DeclarationEvent Return, string? Advice)?> ForAsync(PerfTargetsDbContext db, Declaration declaration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        if (!ReturnedDrafts.IsReturned(declaration.Status, declaration.Review)
            || (await DeclarationHistory.LoadAsync(db, declaration.Id, cancellationToken)).LatestReturn is not { } latest)
        {
            return null;
        }

        var rule = (await db.LoadReviewSettingsAsync(cancellationToken)).ResubmitRule;
        return (latest, Advice(declaration, await db.LoadChainAsync(cancellationToken), rule));
    }

    /// <summary>"请按意见修改后重新提交，将直接回到绩效管理股审核。", following the chain and the resubmission rule.</summary>
    public static string Advice(Declaration declaration, ReviewChain chain, ResubmitRule rule)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(chain);
        var (next, resumes) = ReviewWorkflow.TargetOf(declaration, chain, rule);
        return next is null ? "请按意见修改后重新提交。"
            : resumes ? $"请按意见修改后重新提交，将直接回到{next.Name}审核。"
            : $"请按意见修改后重新提交，将从{next.Name}开始重新审核。";
    }
}
