using PerfTargets.Data.Auditing;
using PerfTargets.Data.Verification;
using PerfTargets.Web.Printing;
using PerfTargets.Web.Verification;

namespace PerfTargets.Web.Pages.Declarations;

/// <summary>
/// 打印: one declaration as PDF in the chosen layout (?layout=), inline, or to save with download=1;
/// version=n prints an approved version by its number (one an adjustment replaced stays printable).
/// </summary>
public sealed class PdfModel(PerfTargetsDbContext db, DeclarationPrints prints, PrintLayouts layouts, DeclarationPdfs pdfs, AuditTrail audit) : PrintPageModel
{
    public int Id { get; private set; }

    /// <summary>version=n: 第 n 版, when it is an approved version; any other number is not found.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        Id = id;
        var declaration = await HttpContext.FindVisibleAsync(db, audit, id, "打印", cancellationToken);
        if (declaration is null)
        {
            return NotFound();
        }

        if (await layouts.ChooseAsync(Layout, cancellationToken) is not { } layout)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        if (Version is { } number && await db.ApprovedVersionAsync(id, number, cancellationToken) is null)
        {
            return NotFound();
        }

        return PdfFile.Of(pdfs, layout, await prints.LoadAsync(declaration, Request.BaseUrl(), Options with { Version = Version }, cancellationToken), Download);
    }
}
