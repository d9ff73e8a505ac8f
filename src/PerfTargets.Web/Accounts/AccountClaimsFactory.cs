using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PerfTargets.Data.Accounts;

namespace PerfTargets.Web.Accounts;

/// <summary>Puts the account's department, review section and name into its sign-in, so that every page can scope by them.</summary>
public sealed class AccountClaimsFactory(UserManager<PerfTargetsUser> users, RoleManager<IdentityRole<int>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PerfTargetsUser, IdentityRole<int>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PerfTargetsUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AccountClaims.DisplayName, user.DisplayName));
        if (user.DepartmentId is { } department)
        {
            identity.AddClaim(new Claim(AccountClaims.Department, department.ToString(CultureInfo.InvariantCulture)));
        }

        if (user.ReviewSectionId is { } section)
        {
            identity.AddClaim(new Claim(AccountClaims.ReviewSection, section.ToString(CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
