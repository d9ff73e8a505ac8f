using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using PerfTargets.Core.Auditing;
using PerfTargets.Data.Accounts;
using PerfTargets.Data.Auditing;

namespace PerfTargets.Web.Pages.Account;

/// <summary>修改密码, checked against the site's password policy.</summary>
public sealed class PasswordModel(SignInManager<PerfTargetsUser> signIn, AuditedChanges audited, AccountChanges changes, TimeProvider clock) : PageModel
{
    [BindProperty]
    [Display(Name = "原密码")]
    [Required(ErrorMessage = "请填写原密码。")]
    [DataType(DataType.Password)]
    public string? Current { get; set; }

    [BindProperty]
    [Display(Name = "新密码")]
    [Required(ErrorMessage = "请填写新密码。")]
    [DataType(DataType.Password)]
    public string? New { get; set; }

    [BindProperty]
    [Display(Name = "再次输入新密码")]
    [Compare(nameof(New), ErrorMessage = "两次输入的新密码不一致。")]
    [DataType(DataType.Password)]
    public string? Confirm { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Expired { get; set; }

    [TempData]
    public string? PasswordMessage { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await signIn.UserManager.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToPage("/Account/Login");
        }

        var result = IdentityResult.Success;
        await audited.CommitAsync(async _ =>
        {
            result = await signIn.UserManager.ChangePasswordAsync(user, Current!, New!);
            if (!result.Succeeded)
            {
                return [];
            }

            user.PasswordChangedAt = clock.GetUtcNow();
            await signIn.UserManager.UpdateAsync(user);
            return [new AuditNote(AuditAction.AccountChanged, HttpContext.Actor(), Detail: "修改了自己的密码")];
        });
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? nameof(Current) : nameof(New), error.Description);
            }

            return Page();
        }

        // The new security stamp ends other sessions (at their next request); this one goes on, keeping its sign-in time.
        changes.Changed(user.Id);
        var signedInAt = User.FindFirst(AccountClaims.SignedInAt) ?? SessionLifetime.StartsNow(clock);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(signedInAt.Type, signedInAt.Value)]);
        PasswordMessage = "密码已修改。";
        return RedirectToPage();
    }
}
