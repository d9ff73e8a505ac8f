using Microsoft.AspNetCore.Mvc.Filters;
using PerfTargets.Core.Money;
using PerfTargets.Core.Summaries;
using PerfTargets.Web.Pages.Declarations;
using PerfTargets.Web.Summaries;

namespace PerfTargets.Web.Pages.Summary;

/// <summary>
/// The 汇总表's filters (year, department) and unit as the address gives them, read alike by the page,
/// its workbook and its PDF; a malformed filter (?year=abc) is ignored rather than refused, as on the list.
/// </summary>
public abstract class SummaryPageModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "department")]
    public int? DepartmentId { get; set; }

    [BindProperty(SupportsGet = true)]
    public MoneyUnit Unit { get; set; }

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ModelState.Clear();
    }

    /// <summary>The summary's own filters: year and department.</summary>
    public ListFilter Filter => new(Year, DepartmentId);

    /// <summary>The summary for the filters in the unit, to print or export, with who produced it now.</summary>
    protected Task<SummaryPrint> PrintAsync(PerfTargetsDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        db.PrintForAsync(User, Filter, Unit, clock.GetUtcNow().UtcDateTime, cancellationToken);
}
