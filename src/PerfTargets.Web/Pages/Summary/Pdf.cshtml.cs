using PerfTargets.Pdf.Composition;
using PerfTargets.Pdf.Layouts;
using PerfTargets.Web.Pages.Declarations;
using PerfTargets.Web.Printing;
using PerfTargets.Web.Summaries;

namespace PerfTargets.Web.Pages.Summary;

/// <summary>打印 PDF of the 汇总表: the same table as the page for the same filters and unit, with who produced it when.</summary>
public sealed class PdfModel(PerfTargetsDbContext db, PdfRenderer renderer, TimeProvider clock) : SummaryPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Download { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var print = await PrintAsync(db, clock, cancellationToken);
        return PdfFile.Large(renderer, new SummaryLayout(print), SummaryPrints.FileName(Filter, "pdf"), PdfFile.IsDownload(Download));
    }
}
