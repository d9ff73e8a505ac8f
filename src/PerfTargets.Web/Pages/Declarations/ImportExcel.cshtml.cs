using System.ComponentModel.DataAnnotations;
using PerfTargets.Core.Review;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Declarations;
using PerfTargets.Sheets.Reading;
using PerfTargets.Web.Exchange;
using PerfTargets.Web.Validation;

namespace PerfTargets.Web.Pages.Declarations;

/// <summary>
/// 导入 Excel: a filled template (or an exported workbook) becomes a new draft of the filer's own
/// department, or replaces a draft (?replace=id) under the concurrency stamp it was opened with.
/// Every problem of the file is listed by sheet and cell and nothing is saved until there is none;
/// then the editor opens and the ordinary rules show as usual.
/// </summary>
[Authorize(Policy = AccountRoles.Filer)]
[RequestSizeLimit(UploadLimits.ReadToEnd)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.ReadToEnd)]
public sealed class ImportExcelModel(WorkbookIntake intake, DraftDeclarations drafts, AuditTrail audit) : PageModel
{
    [BindProperty]
    [Display(Name = "申报表 Excel 文件（.xlsx）")]
    public IFormFile? Upload { get; set; }

    /// <summary>The draft the file replaces; none for a new draft.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Replace { get; set; }

    /// <summary>The draft's concurrency stamp when the page was opened.</summary>
    [BindProperty]
    public Guid? Stamp { get; set; }

    public Declaration? Replaced { get; private set; }

    /// <summary>A replace= that is not a number names no draft: it is not found, rather than a new draft made in its place.</summary>
    private bool ReplaceUnreadable => ModelState.GetFieldValidationState(nameof(Replace)) == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid;

    /// <summary>Every problem of the file, by sheet and cell.</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (ReplaceUnreadable)
        {
            return NotFound();
        }

        if (Replace is { } id && await ReplacedAsync(id, cancellationToken) is { } missing)
        {
            return missing;
        }

        Stamp = Replaced?.ConcurrencyStamp;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ReplaceUnreadable)
        {
            return NotFound();
        }

        if (Replace is { } id && await ReplacedAsync(id, cancellationToken) is { } missing)
        {
            return missing;
        }

        if (Replaced is { } draft && (WorkflowStatus.WhyNotEditable(draft.Status) ?? Stale(draft)) is { } cannot)
        {
            return Refuse(cannot);
        }

        var (bytes, refusal) = await UploadedFile.ReadWorkbookAsync(Upload, "请选择要导入的 Excel 文件（.xlsx，可由“空白模板”填写或由“导出 Excel”得到）。", cancellationToken);
        if (bytes is null || Upload is not { } file)
        {
            return Refuse(refusal!);
        }

        var read = await intake.ReadAsync(bytes, User, Replaced, cancellationToken);
        if ((read.Unreadable ?? read.Forbidden) is { } refused)
        {
            return Refuse($"“{file.FileName}”没有导入：{refused}");
        }

        if (read.Declaration is not { } declaration)
        {
            Problems = read.Problems;
            return Refuse($"“{file.FileName}”有 {read.Problems.Count} 处问题，没有导入，请改正后重新上传：");
        }

        if (Replaced is { } replaced)
        {
            replaced.ReplaceContentWith(declaration);
            if (await drafts.SaveAsync(replaced, Stamp!.Value, HttpContext.Actor(), cancellationToken) != SaveOutcome.Saved)
            {
                return Refuse(Stale(replaced) ?? WorkflowStatus.WhyNotEditable(DeclarationStatus.Submitted)!);
            }

            TempData[Edit.EditModel.SavedMessageKey] = $"已用“{file.FileName}”替换本草稿的内容，请检查后保存。";
            return RedirectToPage(Edit.EditModel.PageName, new { id = replaced.Id });
        }

        var created = await drafts.CreateAsync(declaration, HttpContext.Actor(), cancellationToken);
        TempData[Edit.EditModel.SavedMessageKey] = $"已从“{file.FileName}”导入为新的草稿，请检查后保存。";
        return RedirectToPage(Edit.EditModel.PageName, new { id = created.Id });
    }

    /// <summary>The draft to replace, when the user fills for its department; otherwise the answer (not found, recorded).</summary>
    private async Task<IActionResult?> ReplacedAsync(int id, CancellationToken cancellationToken)
    {
        Replaced = (await drafts.FindOwnAsync(HttpContext, audit, id, "导入 Excel 替换", cancellationToken)).Declaration;
        return Replaced is null ? NotFound() : null;
    }

    private string? Stale(Declaration draft) => Stamp == draft.ConcurrencyStamp
        ? null
        : $"该草稿在您打开本页后已被修改（{Viewing.ChinaTime.FormatTime(draft.UpdatedAt.UtcDateTime)}），没有导入。请重新打开本页再上传。";

    private PageResult Refuse(string message)
    {
        ModelState.AddModelError(nameof(Upload), message);
        return Page();
    }
}
