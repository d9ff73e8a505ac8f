using PerfTargets.Core.Summaries;
using PerfTargets.Data.Review;
using PerfTargets.Sheets.Summaries;
using PerfTargets.Web.Exchange;
using PerfTargets.Web.Pages.Declarations;
using PerfTargets.Web.Summaries;

namespace PerfTargets.Web.Pages.Summary;

/// <summary>
/// 汇总表: the declarations the user may see, added up by year, 主管部门 and department, in one unit;
/// each number links to the declaration list filtered to the declarations behind it.
/// </summary>
public sealed class IndexModel(PerfTargetsDbContext db, TimeProvider clock) : SummaryPageModel
{
    public FilterChoices Choices { get; private set; } = new([], [], []);

    public SummaryTable Table { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Choices = await FilterChoices.LoadAsync(db, User, db.Declarations.VisibleTo(User, await db.LoadChainAsync(cancellationToken)), cancellationToken);
        Table = await db.SummaryForAsync(User, Filter, cancellationToken);
    }

    /// <summary>导出 Excel (?handler=xlsx): the same table for the same filters and unit, as a workbook.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken cancellationToken)
    {
        var print = await PrintAsync(db, clock, cancellationToken);
        return new WorkbookFile(SummaryPrints.FileName(Filter, "xlsx"), stream => SummaryWorkbook.Export(stream, print));
    }

    /// <summary>The declaration list of the declarations behind one number, in this unit.</summary>
    public string ListLink(SummaryRow row, SummaryColumn column) =>
        ListFilter.For(Filter, row, column).Link("/declarations", Unit);

    /// <summary>The same summary as PDF.</summary>
    public string PdfLink => Filter.Link("/summary/pdf", Unit);

    /// <summary>The same summary as a workbook.</summary>
    public string ExcelLink => Filter.Link("/summary", Unit, "xlsx");
}
