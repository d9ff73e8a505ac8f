using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Money;
using PerfTargets.Data;
using PerfTargets.Pdf.Composition;
using PerfTargets.Pdf.Layouts;
using PerfTargets.Web.Accounts;
using PerfTargets.Web.Pages.Declarations;
using PerfTargets.Web.Printing;
using PerfTargets.Web.Summaries;
using PerfTargets.Web.Viewing;

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
        var table = await db.SummaryForAsync(User, new ListFilter(Year, DepartmentId), cancellationToken);
        var department = DepartmentId is { } id ? await db.Departments.Where(d => d.Id == id).Select(d => d.Name).FirstOrDefaultAsync(cancellationToken) : null;
        var now = clock.GetUtcNow().UtcDateTime;
        var print = new SummaryPrint(table, Unit, Scope(department), $"{User.Name()}（{User.Identity?.Name}）", ChinaTime.Format(now), now);
        var name = $"项目支出绩效目标汇总表{(Year is { } year ? "-" + year.ToString(CultureInfo.InvariantCulture) + "年度" : string.Empty)}.pdf";
        return PdfFile.Large(renderer, new SummaryLayout(print), name, PdfFile.IsDownload(Download));
    }

    /// <summary>What the table covers, as its head prints it: 预算年度：2022年　填报单位：全部　范围：….</summary>
    private string Scope(string? department)
    {
        var year = Year is { } given ? given.ToString(CultureInfo.InvariantCulture) + "年" : "全部年度";
        return $"预算年度：{year}　填报单位：{department ?? "全部单位"}　范围：{VisibleSummary.Whose(User)}";
    }
}
