using PerfTargets.Pdf.Composition;
using PerfTargets.Pdf.Layouts;
using PerfTargets.Web.Printing;
using PerfTargets.Web.Verification;

namespace PerfTargets.Web.Pages.Departments;

/// <summary>
/// 打印部门绩效目标: a department's whole document for a year as one PDF — its own filers, the
/// admin, and reviewers (with the declarations that reached them); another department's filer is
/// answered as not found.
/// </summary>
public sealed class PdfModel(DepartmentPrints prints, PrintLayouts layouts, PdfRenderer renderer) : PrintPageModel
{
    public async Task<IActionResult> OnGetAsync(int id, int year, CancellationToken cancellationToken)
    {
        if (!BudgetYears.Contains(year) || (User.IsFiler() && !User.CanWorkFor(id)))
        {
            return NotFound();
        }

        if (await layouts.ChooseAsync(Layout, cancellationToken) is not { } layout)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        if (await prints.LoadAsync(id, year, User, Request.BaseUrl(), Options, cancellationToken) is not { } print)
        {
            return NotFound();
        }

        var name = $"{print.BudgetYear}年度-{print.DepartmentName}-绩效目标.pdf";
        return PdfFile.Large(renderer, new DepartmentLayout(print, layout.Create), name, PdfFile.IsDownload(Download));
    }
}
