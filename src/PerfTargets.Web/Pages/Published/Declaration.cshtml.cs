using PerfTargets.Core.Printing;
using PerfTargets.Web.Publishing;
using PerfTargets.Web.Verification;
using PerfTargets.Web.Viewing;

namespace PerfTargets.Web.Pages.Published;

/// <summary>
/// 公开 (no sign-in): one published declaration as its approved version prints — its content, the
/// 审核意见 and the approval mark — without people's names or telephone numbers. Anything not public
/// under this year and department is answered 404, as an unknown address is.
/// </summary>
[AllowAnonymous]
public sealed class DeclarationModel(PublicPrints prints) : PageModel
{
    public DeclarationPrint Print { get; private set; } = null!;

    public DeclarationView View { get; private set; } = null!;

    public int Year { get; private set; }

    public string DepartmentCode { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(int year, string code, int id, CancellationToken cancellationToken)
    {
        if (await prints.LoadAsync(year, code, id, Request.BaseUrl(), cancellationToken) is not { } print)
        {
            return NotFound();
        }

        (Year, DepartmentCode, Print, View) = (year, code, print, PublicView.Of(print));
        return Page();
    }
}
