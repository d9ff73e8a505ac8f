using PerfTargets.Core.Money;
using PerfTargets.Pdf.Composition;
using PerfTargets.Pdf.Layouts;
using PerfTargets.Web.Pages.Declarations;
using PerfTargets.Web.Printing;
using PerfTargets.Web.Summaries;

namespace PerfTargets.Web.Pages.Summary;

/// <summary>打印 PDF of the 汇总表: the same table as the page for the same filters and unit, with who produced it when.</summary>
public sealed class PdfModel(PerfTargetsDbContext db, PdfRenderer renderer, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "department")]
    public int? DepartmentId { get; set; }

    [BindProperty(SupportsGet = true)]
    public MoneyUnit Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Download { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var scope = new ListFilter(Year, DepartmentId);
        var print = await db.PrintForAsync(User, scope, Unit, clock.GetUtcNow().UtcDateTime, cancellationToken);
        return PdfFile.Large(renderer, new SummaryLayout(print), SummaryPrints.FileName(scope, "pdf"), PdfFile.IsDownload(Download));
    }
}
