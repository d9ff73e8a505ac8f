using PerfTargets.Web.Printing;
using PerfTargets.Web.Publishing;
using PerfTargets.Web.Verification;

namespace PerfTargets.Web.Pages.Published;

/// <summary>公开 (no sign-in): the PDF of a published declaration's approved version in the default layout, names and telephone numbers withheld.</summary>
[AllowAnonymous]
public sealed class PdfModel(PublicPrints prints, PrintLayouts layouts, DeclarationPdfs pdfs) : PageModel
{
    /// <summary>download=1 (or true) to save the file rather than show it.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Download { get; set; }

    public async Task<IActionResult> OnGetAsync(int year, string code, int id, CancellationToken cancellationToken)
    {
        if (await prints.LoadAsync(year, code, id, Request.BaseUrl(), cancellationToken) is not { } print)
        {
            return NotFound();
        }

        return PdfFile.Of(pdfs, await layouts.DefaultAsync(cancellationToken), print, Download);
    }
}
