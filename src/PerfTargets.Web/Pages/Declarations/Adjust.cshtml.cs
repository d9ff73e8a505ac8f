using System.ComponentModel.DataAnnotations;
using PerfTargets.Core.Review;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Declarations;
using PerfTargets.Data.Review;
using PerfTargets.Data.Verification;
using PerfTargets.Web.Validation;
using PerfTargets.Data.Queries;

namespace PerfTargets.Web.Pages.Declarations;

/// <summary>
/// 开启调整 (filer): an approved declaration goes back to 草稿 with the reason, to be changed and
/// submitted through the chain again; its approved version stands until then (<see cref="DeclarationReviews.OpenAdjustmentAsync"/>).
/// </summary>
[Authorize(Policy = AccountRoles.Filer)]
public sealed class AdjustModel(PerfTargetsDbContext db, DraftDeclarations drafts, DeclarationReviews reviews, AuditTrail audit) : PageModel
{
    public Declaration Declaration { get; private set; } = null!;

    /// <summary>The version the declaration stands approved with; null when it is not 已批复.</summary>
    public DeclarationVersion? Approved { get; private set; }

    [BindProperty]
    [Display(Name = "调整原因")]
    [PlainText]
    public string? Reason { get; set; }

    [BindProperty]
    public Guid Stamp { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var (declaration, _) = await drafts.FindOwnAsync(HttpContext, audit, id, "开启调整", cancellationToken);
        if (declaration is null)
        {
            return NotFound();
        }

        await ShowAsync(declaration, cancellationToken);
        Stamp = declaration.ConcurrencyStamp;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var outcome = ModelState.IsValid ? await reviews.OpenAdjustmentAsync(id, Stamp, Reason, HttpContext.Actor(), cancellationToken) : null;
        if (outcome is { Done: false, Reason: WorkflowRefusal.NotYours })
        {
            return NotFound(); // the workflow recorded the refusal
        }

        if (outcome is null || outcome.Reason == WorkflowRefusal.Incomplete)
        {
            // What the filer wrote is at fault: said at the box, with what was typed.
            if (outcome is not null)
            {
                ModelState.AddModelError(nameof(Reason), outcome.Refusal!);
            }

            var declaration = await db.FindDeclarationAsync(id, cancellationToken);
            if (declaration is null)
            {
                return NotFound();
            }

            await ShowAsync(declaration, cancellationToken);
            return Page();
        }

        return this.ToDetails(id, outcome.Done ? "已开启调整：申报表回到草稿，请修改后提交审核。调整批复前，原已批复版本继续有效。" : null, outcome.Done ? null : outcome.Refusal);
    }

    private async Task ShowAsync(Declaration declaration, CancellationToken cancellationToken)
    {
        Declaration = declaration;
        Approved = declaration.Status == DeclarationStatus.Approved ? await db.CurrentApprovedVersionAsync(declaration.Id, cancellationToken) : null;
    }
}
