using PerfTargets.Core.Review;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Declarations;
using PerfTargets.Data.Review;

namespace PerfTargets.Web.Pages.Declarations;

/// <summary>
/// 提交审核, the one confirmation: what will be frozen (名称, 年度资金, 指标, 第 n 版), who reviews next,
/// the round's deadline and the warnings; confirming submits through the review workflow. Reached
/// from the declaration's page and from the editor's 保存并提交审核.
/// </summary>
[Authorize(Policy = AccountRoles.Filer)]
public sealed class SubmitModel(DraftDeclarations drafts, DeclarationReviews reviews, AuditTrail audit) : PageModel
{
    /// <summary>This page, for RedirectToPage from the editor.</summary>
    public const string PageName = "/Declarations/Submit";

    public const string DoneMessage = "已提交，等待审核。提交的版本已锁定，审核期间不能修改。";

    public SubmissionPreview Preview { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var (declaration, _) = await drafts.FindOwnAsync(HttpContext, audit, id, "提交", cancellationToken);
        if (declaration is null)
        {
            return NotFound();
        }

        Preview = await reviews.PreviewSubmissionAsync(declaration, HttpContext.Actor(), cancellationToken);
        return Page();
    }

    /// <summary>Submits the state the confirmation showed (<paramref name="stamp"/>); the outcome is said on the declaration's page.</summary>
    public async Task<IActionResult> OnPostAsync(int id, Guid stamp, CancellationToken cancellationToken)
    {
        var outcome = await reviews.SubmitAsync(id, stamp, HttpContext.Actor(), cancellationToken);
        if (!outcome.Done && outcome.Reason == WorkflowRefusal.NotYours)
        {
            return NotFound(); // the workflow recorded the attempt; another department's declaration is not said to exist
        }

        return this.ToDetails(id, outcome.Done ? DoneMessage : null, outcome.Done ? null : outcome.Refusal);
    }
}
