using System.ComponentModel.DataAnnotations;
using PerfTargets.Data.Declarations;
using PerfTargets.Web.Exchange;
using PerfTargets.Web.Validation;

namespace PerfTargets.Web.Pages.Declarations;

/// <summary>
/// 导入 JSON: a declaration exported from this or another deployment (导出 JSON, or the API's
/// document) becomes a new draft of the filer's own department, read and checked exactly as the
/// API's create. What cannot be read is said at the file field, with the member at fault.
/// </summary>
[Authorize(Policy = AccountRoles.Filer)]
[RequestSizeLimit(UploadLimits.ReadToEnd)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.ReadToEnd)]
public sealed class ImportModel(DeclarationIntake intake, DraftDeclarations drafts) : PageModel
{
    [BindProperty]
    [Display(Name = "申报表 JSON 文件")]
    public IFormFile? Upload { get; set; }

    /// <summary>The members at fault, as the API would name them.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (bytes, refusal) = await UploadedFile.ReadAsync(Upload, "请选择要导入的申报表 JSON 文件（由“导出 JSON”得到）。",
            ReceivedDeclaration.MaxBytes, length => $"文件有 {length:N0} 字节，超过上限 {ReceivedDeclaration.MaxBytes:N0} 字节。", cancellationToken);
        if (bytes is null || Upload is not { } file)
        {
            ModelState.AddModelError(nameof(Upload), refusal!);
            return Page();
        }

        ReceivedDeclaration received;
        try
        {
            received = ReceivedDeclaration.Read(bytes);
        }
        catch (UnreadableDeclarationException e)
        {
            ModelState.AddModelError(nameof(Upload), $"“{file.FileName}”不是可导入的申报表：{e.Message}");
            return Page();
        }

        var read = await intake.ReadAsync(received, User, replacing: null, cancellationToken);
        if (read.Forbidden is { } forbidden)
        {
            ModelState.AddModelError(nameof(Upload), forbidden + "导入的申报表只能属于本单位。");
            return Page();
        }

        if (read.Errors.Count > 0)
        {
            ModelState.AddModelError(nameof(Upload), $"“{file.FileName}”有 {read.Errors.Count} 处问题，没有导入：");
            Errors = read.Errors;
            return Page();
        }

        var created = await drafts.CreateAsync(read.Declaration!, HttpContext.Actor(), cancellationToken);
        TempData[Edit.EditModel.SavedMessageKey] = $"已从“{file.FileName}”导入为新的草稿，请检查后保存。";
        return RedirectToPage(Edit.EditModel.PageName, new { id = created.Id });
    }
}
