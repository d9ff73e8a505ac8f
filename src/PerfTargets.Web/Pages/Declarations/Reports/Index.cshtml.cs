using PerfTargets.Core.Reports;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Reports;
using PerfTargets.Data.Review;
using PerfTargets.Data.Verification;
using PerfTargets.Data.Queries;

namespace PerfTargets.Web.Pages.Declarations.Reports;

/// <summary>
/// 运行监控与自评 of one declaration: its reports, and for its department's filers the reports still
/// to open — one per monitoring date of the budget year, and the year's 自评.
/// </summary>
public sealed class IndexModel(PerfTargetsDbContext db, ReportDesk desk, ReportSettings settings, AuditTrail audit) : PageModel
{
    public Declaration Declaration { get; private set; } = null!;

    public IReadOnlyList<PerformanceReport> Reports { get; private set; } = [];

    public bool IsApproved { get; private set; }

    /// <summary>The monitoring dates of the budget year.</summary>
    public IReadOnlyList<DateOnly> Dates => settings.MonitoringDates(Declaration.BudgetYear);

    public bool MayOpen => User.DepartmentId() == Declaration.DepartmentId && IsApproved;

    [TempData]
    public string? Refusal { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostOpenAsync(int id, [FromForm(Name = "kind")] ReportKind? choice, DateOnly? asOf, CancellationToken cancellationToken)
    {
        // Only the page's two kinds: an unknown one, or none, opens no report (it opened a 监控).
        if (choice is not { } kind || !Enum.IsDefined(kind))
        {
            return BadRequest();
        }

        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var (report, refusal) = await desk.OpenAsync(id, kind, asOf, HttpContext.Actor(), cancellationToken);
        if (report is null)
        {
            Refusal = refusal;
            return RedirectToPage(new { id });
        }

        return RedirectToPage("/Declarations/Reports/Report", new { id, reportId = report.Id });
    }

    /// <summary>
    /// The page is for whoever may see the declaration (<see cref="DeclarationScope"/>) or one of its
    /// reports (<see cref="ReportDesk.MaySeeAsync"/>: a reviewer the report reached); anyone else is
    /// answered as if there were no such declaration, and the attempt is recorded (越权被拒).
    /// </summary>
    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var declaration = await db.FindDeclarationAsync(id, cancellationToken);
        if (declaration is null)
        {
            return false;
        }

        var actor = HttpContext.Actor();
        var reports = new List<PerformanceReport>();
        foreach (var report in await desk.OfDeclarationAsync(id, cancellationToken))
        {
            if (await desk.MaySeeAsync(report, actor, cancellationToken))
            {
                reports.Add(report);
            }
        }

        if (reports.Count == 0 && !User.CanSee(declaration, await db.LoadChainAsync(cancellationToken)))
        {
            await HttpContext.RecordRefusalAsync(audit, id, "查看运行监控与自评");
            return false;
        }

        Declaration = declaration;
        IsApproved = await db.CurrentApprovedVersionAsync(id, cancellationToken) is not null;
        Reports = reports;
        return true;
    }
}
