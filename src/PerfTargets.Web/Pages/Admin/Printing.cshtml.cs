using PerfTargets.Core.Auditing;
using PerfTargets.Data.Auditing;
using PerfTargets.Pdf.Layouts;
using PerfTargets.Web.Printing;

namespace PerfTargets.Web.Pages.Admin;

/// <summary>打印格式: the layout every print uses unless the user picks another when printing.</summary>
[Authorize(Policy = AccountRoles.Admin)]
public sealed class PrintingModel(PrintLayouts layouts, AuditedChanges audited) : PageModel
{
    public string Current { get; private set; } = LayoutCatalog.DefaultKey;

    [BindProperty]
    public string? Layout { get; set; }

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Current = (await layouts.DefaultAsync(cancellationToken)).Key;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (LayoutCatalog.Find(Layout) is not { } layout)
        {
            ModelState.AddModelError(nameof(Layout), "请选择一种打印格式。");
            Current = (await layouts.DefaultAsync(cancellationToken)).Key;
            return Page();
        }

        await audited.CommitAsync(
            new AuditNote(AuditAction.SettingsChanged, HttpContext.Actor(), Detail: $"默认打印格式设为“{layout.Name}”"),
            token => layouts.SetDefaultAsync(layout.Key, token),
            cancellationToken);
        Done = $"默认打印格式已设为“{layout.Name}”。";
        return RedirectToPage();
    }
}
