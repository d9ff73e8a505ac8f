using PerfTargets.Core.Reports;
using PerfTargets.Data.Reports;
using PerfTargets.Pdf.Composition;
using PerfTargets.Pdf.Layouts;
using PerfTargets.Web.Printing;

namespace PerfTargets.Web.Pages.Declarations.Reports;

/// <summary>打印 the 项目支出绩效自评表 of a submitted 自评, for whoever may see the report.</summary>
public sealed class PdfModel(PerfTargetsDbContext db, ReportDesk desk, ReportSettings settings, PdfRenderer renderer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Download { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, int reportId, CancellationToken cancellationToken)
    {
        var reading = await desk.ReadAsync(reportId, HttpContext.Actor(), cancellationToken);
        if (reading is null || reading.Report.DeclarationId != id || reading.Report.Kind != ReportKind.SelfEvaluation || reading.Version is null)
        {
            return NotFound();
        }

        var print = await SelfEvaluationPrints.LoadAsync(db, reading, settings, cancellationToken);
        var name = $"{reading.Report.AsOf.Year}年度-{reading.Approved.ProjectName}-项目支出绩效自评表.pdf";
        return PdfFile.Large(renderer, new SelfEvaluationLayout(print), name, PdfFile.IsDownload(Download));
    }
}
