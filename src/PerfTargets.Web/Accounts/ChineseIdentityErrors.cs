using Microsoft.AspNetCore.Identity;

namespace PerfTargets.Web.Accounts;

/// <summary>Identity's messages in Chinese (the password rules speak through <see cref="PolicyPasswordValidator"/>).</summary>
public sealed class ChineseIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = $"用户名“{userName}”已被使用。" };

    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = $"用户名“{userName}”无效：只能使用字母、数字和 - . _ @。" };

    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = "原密码不正确。" };

    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = $"密码至少 {length} 个字符。" };

    public override IdentityError ConcurrencyFailure() => new() { Code = nameof(ConcurrencyFailure), Description = "账户已被他人修改，请重新载入后再试。" };

    public override IdentityError UserLockoutNotEnabled() => new() { Code = nameof(UserLockoutNotEnabled), Description = "该账户未启用锁定。" };

    public override IdentityError DefaultError() => new() { Code = nameof(DefaultError), Description = "操作未完成，请重试。" };
}
