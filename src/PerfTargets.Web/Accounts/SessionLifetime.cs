using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using PerfTargets.Data.Setup;

namespace PerfTargets.Web.Accounts;

/// <summary>
/// Checks a session on every request, from its cookie alone: it ends a fixed time after sign-in
/// however active the user is (the sliding 30 minutes handle idleness). Then the account's security
/// stamp, which disabling the account or resetting its password changes, is checked by
/// <see cref="SessionStampValidator"/>: at the next request for a change this process made, else
/// every <see cref="RecheckSetting.Accounts"/> interval.
/// </summary>
public static class SessionLifetime
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var maximum = TimeSpan.FromHours(context.HttpContext.RequestServices.GetRequiredService<IConfiguration>().GetValue("Security:SessionHours", 8.0));
        var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        if (!long.TryParse(context.Principal?.FindFirstValue(AccountClaims.SignedInAt), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || DateTimeOffset.FromUnixTimeSeconds(seconds) + maximum < clock.GetUtcNow())
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    /// <summary>The claim that starts the clock, added when the user signs in.</summary>
    public static Claim StartsNow(TimeProvider clock) =>
        new(AccountClaims.SignedInAt, clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// Keeps what belongs to the session, not to the account — its sign-in time, a pending
    /// password change — when the stamp validator rebuilds the principal.
    /// </summary>
    public static Task KeepSessionClaims(SecurityStampRefreshingPrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.NewPrincipal?.Identity is ClaimsIdentity identity && context.CurrentPrincipal is { } current)
        {
            foreach (var claim in current.Claims.Where(c => c.Type is AccountClaims.SignedInAt or PasswordChangeFilter.MustChange))
            {
                identity.AddClaim(new Claim(claim.Type, claim.Value));
            }
        }

        return Task.CompletedTask;
    }
}
