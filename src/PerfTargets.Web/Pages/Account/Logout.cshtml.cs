using Microsoft.AspNetCore.Identity;
using PerfTargets.Core.Auditing;
using PerfTargets.Data.Accounts;
using PerfTargets.Data.Auditing;

namespace PerfTargets.Web.Pages.Account;

/// <summary>退出: only by a posted form, so that no link elsewhere can sign a user out.</summary>
public sealed class LogoutModel(SignInManager<PerfTargetsUser> signIn, AuditTrail audit) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Declarations/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await audit.AppendAsync(AuditAction.SignedOut, HttpContext.Actor());
        }

        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Login");
    }
}
