using System.ComponentModel.DataAnnotations;
using PerfTargets.Data.Library;
using PerfTargets.Sheets.Library;
using PerfTargets.Sheets.Reading;
using PerfTargets.Web.Exchange;
using PerfTargets.Web.Validation;

namespace PerfTargets.Web.Pages.Admin;

/// <summary>
/// 导入指标库: a workbook in the export's columns updates the entries its rows name and adds the
/// others. All or nothing: every problem is listed by sheet row and column, and nothing is saved
/// until there is none. The same size limits as 导入 Excel of a declaration.
/// </summary>
[Authorize(Policy = AccountRoles.Admin)]
[RequestSizeLimit(UploadLimits.ReadToEnd)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.ReadToEnd)]
public sealed class LibraryImportModel(PerfTargetsDbContext db, LibraryEditing editing) : PageModel
{
    [BindProperty]
    [Display(Name = "指标库 Excel 文件（.xlsx）")]
    public IFormFile? Upload { get; set; }

    /// <summary>Every problem of the file, by cell, row and column.</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (bytes, refusal) = await UploadedFile.ReadWorkbookAsync(Upload, "请选择要导入的 Excel 文件（.xlsx，可由“导出 Excel”得到后修改）。", cancellationToken);
        if (bytes is null || Upload is not { } file)
        {
            return Refuse(refusal!);
        }

        ReadWorkbook workbook;
        try
        {
            workbook = WorkbookReader.Read(bytes);
        }
        catch (UnreadableWorkbookException e)
        {
            return Refuse($"“{file.FileName}”没有导入：{e.Message}");
        }

        var frameworks = await db.IndicatorFrameworks.AsNoTracking().ToListAsync(cancellationToken);
        var existing = await db.LibraryEntries.AsNoTracking().ToListAsync(cancellationToken);
        var read = LibraryWorkbookReader.Read(workbook, frameworks, existing);
        if (read.Problems.Count > 0)
        {
            Problems = [.. read.Problems.Select(p => p.ToString())];
            return Refuse($"“{file.FileName}”有 {read.Problems.Count} 处问题，什么都没有导入，请改正后重新上传：");
        }

        var (added, updated) = await editing.ImportAsync(read.Entries, file.FileName, HttpContext.Actor(), cancellationToken);
        TempData[nameof(LibraryEntriesModel.Done)] = $"已从“{file.FileName}”导入：新增 {added} 条，更新 {updated} 条。";
        return RedirectToPage(LibraryEntriesModel.PageName, new { Retired = true });
    }

    private PageResult Refuse(string message)
    {
        ModelState.AddModelError(nameof(Upload), message);
        return Page();
    }
}
