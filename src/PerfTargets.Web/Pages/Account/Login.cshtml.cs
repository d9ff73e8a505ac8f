using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerfTargets.Core.Accounts;
using PerfTargets.Core.Auditing;
using PerfTargets.Data.Accounts;
using PerfTargets.Data.Auditing;
using PerfTargets.Web.Accounts;

namespace PerfTargets.Web.Pages.Account;

/// <summary>登录. Five wrong passwords in a row lock the account for 15 minutes.</summary>
[AllowAnonymous]
public sealed class LoginModel(SignInManager<PerfTargetsUser> signIn, PasswordPolicy policy, AuditTrail audit, TimeProvider clock) : PageModel
{
    [BindProperty]
    [Display(Name = "用户名")]
    [Required(ErrorMessage = "请填写用户名。")]
    public string? UserName { get; set; }

    [BindProperty]
    [Display(Name = "密码")]
    [Required(ErrorMessage = "请填写密码。")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await signIn.UserManager.FindByNameAsync(UserName!.Trim());
        var result = user is null || user.IsDisabled
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.CheckPasswordSignInAsync(user, Password!, lockoutOnFailure: true);
        var actor = HttpContext.Actor(user, UserName.Trim());
        if (!result.Succeeded)
        {
            var why = result.IsLockedOut ? "账户锁定中" : user is null ? "无此用户" : user.IsDisabled ? "账户已停用" : "密码错误";
            await audit.AppendAsync(AuditAction.SignInFailed, actor, detail: why);
        }

        if (result.IsLockedOut)
        {
            ModelState.AddModelError(string.Empty, "密码连续输错 5 次，账户已锁定 15 分钟，请稍后再试或联系管理员。");
            return Page();
        }

        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, "用户名或密码不正确，或账户已停用。");
            return Page();
        }

        var mustChange = policy.MustChange(user!.PasswordChangedAt, clock.GetUtcNow());
        Claim[] claims = mustChange
            ? [SessionLifetime.StartsNow(clock), new Claim(PasswordChangeFilter.MustChange, "true")]
            : [SessionLifetime.StartsNow(clock)];
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, claims);
        await audit.AppendAsync(AuditAction.SignedIn, actor);
        if (mustChange)
        {
            return RedirectToPage("/Account/Password", new { expired = true });
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
