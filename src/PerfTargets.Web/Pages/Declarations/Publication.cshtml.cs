using System.ComponentModel.DataAnnotations;
using PerfTargets.Core.Publishing;
using PerfTargets.Data.Publishing;
using PerfTargets.Web.Validation;

namespace PerfTargets.Web.Pages.Declarations;

/// <summary>
/// 公开 (admin): whether an approved declaration is public, and where; 公开 publishes its approved
/// version, 撤回公开 withdraws it with a reason. Both are audited (<see cref="Publications"/>).
/// </summary>
[Authorize(Policy = AccountRoles.Admin)]
public sealed class PublicationModel(PerfTargetsDbContext db, Publications publications) : PageModel
{
    public Declaration Declaration { get; private set; } = null!;

    public string DepartmentCode { get; private set; } = string.Empty;

    public Publication? Publication { get; private set; }

    [BindProperty]
    [Display(Name = "撤回理由")]
    [PlainText]
    public string? Reason { get; set; }

    /// <summary>内部资料不公开: the 项目情况 fields ticked to withhold (<see cref="NarrativeField.Name"/>).</summary>
    [BindProperty]
    public List<string> Internal { get; set; } = [];

    [TempData]
    public string? Refusal { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostPublishAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var refusal = await publications.PublishAsync(id, Internal, HttpContext.Actor(), cancellationToken);
        return this.ToDetails(id, refusal is null ? "已公开。公众无需登录即可在公开页面查看该申报表（不含个人姓名和联系电话）。" : null, refusal);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var refusal = await publications.WithdrawAsync(id, Reason, HttpContext.Actor(), cancellationToken);
        if (refusal is not null && refusal == PublishingRules.ReasonProblem(Reason))
        {
            ModelState.AddModelError(nameof(Reason), refusal);
            return Page();
        }

        return this.ToDetails(id, refusal is null ? "已撤回公开。公开页面只显示撤回日期。" : null, refusal);
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var found = await db.Declarations.AsNoTracking().Where(d => d.Id == id)
            .Join(db.Departments, d => d.DepartmentId, d => d.Id, (declaration, department) => new { declaration, department.Code })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return false;
        }

        (Declaration, DepartmentCode) = (found.declaration, found.Code);
        Publication = await Publications.OfAsync(db, id, cancellationToken);
        return true;
    }
}
