using System.Globalization;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PerfTargets.Data.Accounts;
using PerfTargets.Data.Setup;

namespace PerfTargets.Web.Accounts;

/// <summary>
/// Identity's check of a session against its account's security stamp, made every
/// <see cref="RecheckSetting.Accounts"/> interval (Identity's ValidationInterval), and at the next request
/// when this process has changed the account since the session's cookie was issued
/// (<see cref="AccountChanges"/>): disabling an account or resetting its password ends its sessions
/// here at once, as it always did.
/// </summary>
public sealed class SessionStampValidator(
    IOptions<SecurityStampValidatorOptions> options,
    SignInManager<PerfTargetsUser> signIn,
    ILoggerFactory logger,
    AccountChanges changes)
    : SecurityStampValidator<PerfTargetsUser>(options, signIn, logger)
{
    public override async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var userId = context.Principal is { } principal ? SignInManager.UserManager.GetUserId(principal) : null;
        if (!int.TryParse(userId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || !changes.ChangedSince(id, context.Properties.IssuedUtc))
        {
            await base.ValidateAsync(context);
            return;
        }

        // What the base class does once its interval has passed.
        if (await VerifySecurityStamp(context.Principal) is { } user)
        {
            await SecurityStampVerified(user, context);
        }
        else
        {
            context.RejectPrincipal();
            await SignInManager.SignOutAsync();
        }
    }
}
