using PerfTargets.Data.Auditing;
using PerfTargets.Sheets.Declarations;
using PerfTargets.Web.Exchange;
using PerfTargets.Web.Printing;
using PerfTargets.Web.Verification;

namespace PerfTargets.Web.Pages.Declarations;

/// <summary>
/// 导出 Excel: one declaration as a workbook laid out like the chosen print layout (?layout=), to save;
/// whoever may print it may export it, and a frozen version exports as it prints.
/// </summary>
public sealed class ExcelModel(PerfTargetsDbContext db, DeclarationPrints prints, PrintLayouts layouts, AuditTrail audit) : PageModel
{
    public int Id { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Layout { get; set; }

    /// <summary>omitEmpty=true: the 二级 with indicators only, as the print option.</summary>
    [BindProperty(SupportsGet = true)]
    public bool OmitEmpty { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        Id = id;
        var declaration = await HttpContext.FindVisibleAsync(db, audit, id, "导出 Excel", cancellationToken);
        if (declaration is null)
        {
            return NotFound();
        }

        if (await layouts.ChooseAsync(Layout, cancellationToken) is not { } layout)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        var print = await prints.LoadAsync(declaration, Request.BaseUrl(), new PrintOptions { OmitEmptyLevel2s = OmitEmpty }, cancellationToken);
        var name = $"{declaration.BudgetYear}年度-{declaration.ProjectName}-绩效目标申报表.xlsx";
        return new WorkbookFile(name, stream => DeclarationWorkbook.Export(stream, print, FormFamilies.Of(layout.Key), User.Identity?.Name));
    }
}
