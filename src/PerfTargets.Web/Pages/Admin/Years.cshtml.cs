using System.ComponentModel.DataAnnotations;
using PerfTargets.Core.Auditing;
using PerfTargets.Core.Taxonomy;
using PerfTargets.Data.Auditing;

namespace PerfTargets.Web.Pages.Admin;

/// <summary>年度指标体系: which indicator framework new declarations of each budget year start under.</summary>
[Authorize(Policy = AccountRoles.Admin)]
public sealed class YearsModel(PerfTargetsDbContext db, AuditedChanges audited) : PageModel
{
    public IReadOnlyList<BudgetYearSetting> Years { get; private set; } = [];

    public IReadOnlyList<IndicatorFramework> Frameworks { get; private set; } = [];

    [BindProperty]
    [Display(Name = "预算年度")]
    [Required(ErrorMessage = "请填写预算年度。")]
    [Range(BudgetYears.Min, BudgetYears.Max, ErrorMessage = "预算年度应在 {1} 至 {2} 之间。")]
    public int? Year { get; set; }

    [BindProperty]
    [Display(Name = "默认指标体系")]
    [Required(ErrorMessage = "请选择指标体系。")]
    public int? FrameworkId { get; set; }

    [TempData]
    public string? YearMessage { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>Sets (or changes) a year's default; declarations already filed keep their framework.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var framework = Frameworks.FirstOrDefault(f => f.Id == FrameworkId);
        if (FrameworkId is not null && framework is null)
        {
            ModelState.AddModelError(nameof(FrameworkId), "没有这个指标体系。");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await audited.CommitAsync(
            new AuditNote(AuditAction.SettingsChanged, HttpContext.Actor(), Detail: $"{Year}年度默认指标体系设为“{framework!.Name}”"),
            token => SetDefaultAsync(Year!.Value, framework.Id, token),
            cancellationToken);
        YearMessage = $"{Year}年度新建的申报表将默认使用“{framework.Name}”。已填报的申报表不受影响。";
        return RedirectToPage();
    }

    /// <summary>Read inside the audit turn, so two admins setting a new year at once do not both add it.</summary>
    private async Task SetDefaultAsync(int year, int frameworkId, CancellationToken cancellationToken)
    {
        var setting = await db.BudgetYearSettings.FirstOrDefaultAsync(s => s.Year == year, cancellationToken);
        if (setting is null)
        {
            db.BudgetYearSettings.Add(new BudgetYearSetting { Year = year, DefaultFrameworkId = frameworkId });
        }
        else
        {
            setting.DefaultFrameworkId = frameworkId;
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Years = await db.BudgetYearSettings.AsNoTracking().OrderByDescending(s => s.Year).ToListAsync(cancellationToken);
        Frameworks = await db.IndicatorFrameworks.AsNoTracking().OrderBy(f => f.Id).ToListAsync(cancellationToken);
    }
}
