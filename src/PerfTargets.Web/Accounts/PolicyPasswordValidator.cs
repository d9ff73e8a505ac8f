using Microsoft.AspNetCore.Identity;
using PerfTargets.Data.Accounts;

namespace PerfTargets.Web.Accounts;

/// <summary>Holds new passwords to the configured <see cref="PasswordPolicy"/>.</summary>
public sealed class PolicyPasswordValidator(PasswordPolicy policy) : IPasswordValidator<PerfTargetsUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<PerfTargetsUser> manager, PerfTargetsUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        var problems = policy.Check(password ?? string.Empty, user.UserName ?? string.Empty, user.DisplayName);
        return Task.FromResult(problems.Count == 0
            ? IdentityResult.Success
            : IdentityResult.Failed([.. problems.Select(p => new IdentityError { Code = "PasswordPolicy", Description = p })]));
    }
}
