using PerfTargets.Data.Queries;
using PerfTargets.Sheets.Declarations;
using PerfTargets.Web.Exchange;
using PerfTargets.Web.Printing;

namespace PerfTargets.Web.Pages.Declarations;

/// <summary>
/// 空白模板: the form of a layout family (?layout=) as a workbook to fill in Excel, WPS or LibreOffice
/// and bring back through 导入 Excel; its indicator table lists the 一级 and 二级 of the framework set
/// for the year asked (?year=), else of the latest year set, with empty 三级 rows under each.
/// </summary>
[Authorize(Policy = AccountRoles.Filer)]
public sealed class TemplateModel(PerfTargetsDbContext db, PrintLayouts layouts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Layout { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await layouts.ChooseAsync(Layout, cancellationToken) is not { } layout)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        var settings = db.BudgetYearSettings.AsNoTracking();
        var frameworkId = await settings.Where(s => Year == null || s.Year == Year).OrderByDescending(s => s.Year)
            .Select(s => (int?)s.DefaultFrameworkId).FirstOrDefaultAsync(cancellationToken);
        var framework = frameworkId is { } id ? await db.FindFrameworkAsync(id, cancellationToken) : null;
        var department = await db.Departments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == User.DepartmentId(), cancellationToken);
        var family = FormFamilies.Of(layout.Key);
        return new WorkbookFile($"{family.Title}-空白模板（{layout.Name}）.xlsx",
            stream => DeclarationWorkbook.Template(stream, family, framework, department?.Name ?? string.Empty, department?.Code));
    }
}
