using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using PerfTargets.Core.Auditing;
using PerfTargets.Data.Accounts;
using PerfTargets.Data.Auditing;

namespace PerfTargets.Web.Pages.Account;

/// <summary>
/// 登录. Five wrong passwords in a row lock the account for 15 minutes; an address that fails
/// <see cref="FailedSignIns"/> times in a minute is refused for the rest of it.
/// </summary>
[AllowAnonymous]
public sealed partial class LoginModel(
    SignInManager<PerfTargetsUser> signIn, PasswordPolicy policy, AuditTrail audit, TimeProvider clock, FailedSignIns failures, ILogger<LoginModel> logger) : PageModel
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

        var address = FailuresByAddress.AddressOf(HttpContext);
        if (failures.IsBlocked(address))
        {
            LogThrottled(logger, address);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = "60";
            ModelState.AddModelError(string.Empty, "此地址登录失败次数过多，请一分钟后再试。");
            return Page();
        }

        var name = UserName!.Trim();
        var user = await signIn.UserManager.FindByNameAsync(name);
        var why = user is null ? "无此用户" : user.IsDisabled ? "账户已停用" : await signIn.UserManager.IsLockedOutAsync(user) ? "账户锁定中" : null;
        var result = Microsoft.AspNetCore.Identity.SignInResult.Failed;
        if (why is not null)
        {
            UnknownAccountHash.Verify(signIn.UserManager.PasswordHasher, Password!);
        }
        else
        {
            result = await signIn.CheckPasswordSignInAsync(user!, Password!, lockoutOnFailure: true);
            why = result.IsLockedOut ? "密码错误，账户已锁定" : "密码错误";
        }

        var actor = HttpContext.Actor(user, name);
        if (!result.Succeeded)
        {
            failures.Record(address);
            await audit.AppendAsync(AuditAction.SignInFailed, actor, detail: why);
            // One answer for every failure: which of them it was would tell a stranger the account exists.
            ModelState.AddModelError(string.Empty, "用户名或密码错误，或账户已停用或被暂时锁定。请稍后再试，或联系管理员。");
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in refused: too many failures from {Address}")]
    private static partial void LogThrottled(ILogger logger, string address);
}
