using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerfTargets.Data.Accounts;

namespace PerfTargets.Web.Pages.Account;

/// <summary>退出: only by a posted form, so that no link elsewhere can sign a user out.</summary>
public sealed class LogoutModel(SignInManager<PerfTargetsUser> signIn) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Declarations/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Login");
    }
}
