using System.ComponentModel.DataAnnotations;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Declarations;
using PerfTargets.Data.Review;

namespace PerfTargets.Web.Pages.Declarations;

/// <summary>复制申报表: a 延续项目 for another budget year, as a new draft with everything but state and dates.</summary>
[Authorize(Policy = AccountRoles.Filer)]
public sealed class CopyModel(DraftDeclarations drafts, FrozenVersions frozen, AuditTrail audit) : PageModel
{
    public Declaration Source { get; private set; } = null!;

    /// <summary>The declaration the copy would duplicate, when there is one.</summary>
    public int? Existing { get; private set; }

    [BindProperty]
    [Display(Name = "新的预算年度")]
    [Range(BudgetYears.Min, BudgetYears.Max, ErrorMessage = BudgetYears.RangeMessage)]
    public int BudgetYear { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var (source, _) = await drafts.FindOwnAsync(HttpContext, audit, id, "复制", cancellationToken);
        if (source is null)
        {
            return NotFound();
        }

        Source = source;
        BudgetYear = source.BudgetYear + 1;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var (source, _) = await drafts.FindOwnAsync(HttpContext, audit, id, "复制", cancellationToken);
        if (source is null)
        {
            return NotFound();
        }

        Source = source;
        if (ModelState.IsValid && await drafts.FindSameProjectAsync(source, BudgetYear, cancellationToken) is { } existing)
        {
            ModelState.AddModelError(nameof(BudgetYear), $"本单位 {BudgetYear} 年度已有申报表“{existing.ProjectName}”（编号 {existing.Id}），不再重复复制。");
            Existing = existing.Id;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // A submitted declaration is copied as it was submitted, its hash checked, never from its live row.
        var copy = await drafts.CopyAsync(await frozen.AsSubmittedAsync(source, cancellationToken), BudgetYear, HttpContext.Actor(), cancellationToken);
        TempData[Edit.EditModel.SavedMessageKey] = $"已从 {source.BudgetYear} 年度复制为 {BudgetYear} 年度的草稿，请核对金额、目标和指标值。";
        return RedirectToPage(Edit.EditModel.PageName, new { id = copy.Id });
    }
}
