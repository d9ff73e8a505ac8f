using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using PerfTargets.Core.Auditing;
using PerfTargets.Data.Accounts;
using PerfTargets.Data.Auditing;
using PerfTargets.Web.Validation;

namespace PerfTargets.Web.Pages.Admin;

/// <summary>账户管理: the admin opens accounts, resets passwords, disables and unlocks them. There is no self-registration.</summary>
[Authorize(Policy = AccountRoles.Admin)]
public sealed class UsersModel(PerfTargetsDbContext db, UserManager<PerfTargetsUser> users, AccessTokens tokens, AuditedChanges audited, AccountChanges changes, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Row> Accounts { get; private set; } = [];

    public IReadOnlyList<(int Id, string Name)> Departments { get; private set; } = [];

    public IReadOnlyList<(int Id, string Name)> Sections { get; private set; } = [];

    [BindProperty]
    public NewAccount Input { get; set; } = new();

    [TempData]
    public string? AccountMessage { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Input.Role == AccountRole.Filer && Departments.All(d => d.Id != Input.DepartmentId))
        {
            ModelState.AddModelError("Input.DepartmentId", "填报人须属于一个单位。");
        }

        if (Input.Role == AccountRole.Reviewer && Sections.All(s => s.Id != Input.ReviewSectionId))
        {
            ModelState.AddModelError("Input.ReviewSectionId", "审核人须属于一个审核科室。");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow();
        var user = new PerfTargetsUser
        {
            UserName = Input.UserName!.Trim(),
            DisplayName = Input.DisplayName!.Trim(),
            Email = string.IsNullOrWhiteSpace(Input.Email) ? null : Input.Email.Trim(),
            DepartmentId = Input.Role == AccountRole.Filer ? Input.DepartmentId : null,
            ReviewSectionId = Input.Role == AccountRole.Reviewer ? Input.ReviewSectionId : null,
            LockoutEnabled = true,
            CreatedAt = now,
            PasswordChangedAt = null, // first sign-in asks for a password of the user's own
        };
        var result = IdentityResult.Success;
        await audited.CommitAsync(
            async _ =>
            {
                result = await users.CreateAsync(user, Input.Password!);
                if (result.Succeeded)
                {
                    result = await users.AddToRoleAsync(user, Input.Role.ToString());
                }

                return result.Succeeded ? [AccountChanged($"开设账户 {user.UserName}（{Input.Role.Label()}）")] : [];
            },
            cancellationToken);

        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password" : "Input.UserName", error.Description);
            }

            return Page();
        }

        AccountMessage = $"已开设账户 {user.UserName}（{Input.Role.Label()}）。";
        return RedirectToPage();
    }

    /// <summary>
    /// A reset ends the account's sessions (a new security stamp) and revokes its access tokens: a
    /// reset is what the admin does when the account may be in other hands. The new password, the
    /// revocations and the audit row commit together.
    /// </summary>
    public async Task<IActionResult> OnPostResetAsync(int id, string? password, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (user is null)
        {
            return NotFound();
        }

        var result = IdentityResult.Success;
        IReadOnlyList<AccessToken> revoked = [];
        await audited.CommitAsync(
            async token =>
            {
                var resetToken = await users.GeneratePasswordResetTokenAsync(user);
                result = await users.ResetPasswordAsync(user, resetToken, password ?? string.Empty);
                if (!result.Succeeded)
                {
                    return [];
                }

                user.PasswordChangedAt = null;
                user.LockoutEnd = null;
                revoked = await tokens.RevokeAllOfAsync(user.Id, token);
                result = await users.UpdateAsync(user);
                return result.Succeeded ? [AccountChanged(revoked.Count == 0
                    ? $"重置 {user.UserName} 的密码"
                    : $"重置 {user.UserName} 的密码，吊销其 {revoked.Count} 个访问令牌（{string.Join("、", revoked.Select(t => t.ShownPrefix + "…"))}）")] : [];
            },
            cancellationToken);
        if (!result.Succeeded)
        {
            AccountMessage = $"未重置 {user.UserName} 的密码：{string.Join(" ", result.Errors.Select(e => e.Description))}";
            return RedirectToPage();
        }

        changes.Changed(user.Id);
        var revokedText = revoked.Count == 0 ? "该账户没有有效的访问令牌。" : $"已吊销该账户的 {revoked.Count} 个访问令牌。";
        AccountMessage = $"已重置 {user.UserName} 的密码；其登录会话已结束，下次登录时须修改密码。{revokedText}";
        return RedirectToPage();
    }

    /// <summary>邮箱: where the account's 提醒 are mailed; empty stops the mail.</summary>
    public async Task<IActionResult> OnPostEmailAsync(int id, string? email)
    {
        var user = await users.FindByIdAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (user is null)
        {
            return NotFound();
        }

        email = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        if (email is not null && !MailAddressAttribute.Accepts(email))
        {
            AccountMessage = $"未修改 {user.UserName} 的邮箱：“{email}”不是有效的邮箱地址，例如 zhangsan@czj.example.gov.cn。";
            return RedirectToPage();
        }

        user.Email = email;
        await audited.CommitAsync(
            AccountChanged(email is null ? $"清除 {user.UserName} 的邮箱" : $"设置 {user.UserName} 的邮箱为 {email}"),
            async _ => await users.UpdateAsync(user));
        AccountMessage = email is null ? $"已清除 {user.UserName} 的邮箱，提醒不再发邮件。" : $"已将 {user.UserName} 的邮箱设为 {email}。";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDisableAsync(int id, [FromForm(Name = "disable")] bool? choice)
    {
        // The page's buttons send true or false: anything else, or nothing, is not read as either.
        if (choice is not { } disable)
        {
            return BadRequest();
        }

        var user = await users.FindByIdAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (user is null)
        {
            return NotFound();
        }

        if (disable && user.UserName == User.Identity?.Name)
        {
            AccountMessage = "不能停用自己的账户。";
            return RedirectToPage();
        }

        user.IsDisabled = disable;
        await audited.CommitAsync(
            AccountChanged($"{(disable ? "停用" : "启用")}账户 {user.UserName}"),
            async _ =>
            {
                await users.UpdateAsync(user);
                await users.UpdateSecurityStampAsync(user); // ends the account's sessions at their next request
            });
        changes.Changed(user.Id);
        AccountMessage = disable ? $"已停用 {user.UserName}，其登录会话已结束。" : $"已启用 {user.UserName}。";
        return RedirectToPage();
    }

    private AuditNote AccountChanged(string detail) => new(AuditAction.AccountChanged, HttpContext.Actor(), Detail: detail);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Departments = (await db.Departments.OrderBy(d => d.Code).Select(d => new { d.Id, d.Name }).ToListAsync(cancellationToken)).Select(d => (d.Id, d.Name)).ToList();
        Sections = (await db.ReviewSections.OrderBy(s => s.Sequence).Select(s => new { s.Id, s.Name, s.IsDisabled }).ToListAsync(cancellationToken))
            .Select(s => (s.Id, s.IsDisabled ? $"{s.Name}（停用）" : s.Name)).ToList();
        var roles = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        Accounts = (await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(cancellationToken)).Select(u => new Row(
            u.Id, u.UserName!, u.DisplayName, u.Email,
            roles.Where(r => r.UserId == u.Id).Select(r => Enum.TryParse<AccountRole>(r.Name, out var role) ? role.Label() : r.Name!).FirstOrDefault() ?? "",
            u.DepartmentId is { } d ? Departments.FirstOrDefault(x => x.Id == d).Name : u.ReviewSectionId is { } s ? Sections.FirstOrDefault(x => x.Id == s).Name : "",
            u.IsDisabled, u.LockoutEnd > now)).ToList();
    }

    public sealed record Row(int Id, string UserName, string DisplayName, string? Email, string Role, string Unit, bool IsDisabled, bool IsLockedOut);

    /// <summary>The form that opens an account.</summary>
    public sealed class NewAccount
    {
        [Display(Name = "用户名")]
        [Required(ErrorMessage = "请填写用户名。")]
        [StringLength(PerfTargetsUser.UserNameMaxLength, ErrorMessage = "用户名不能超过 {1} 个字符。")]
        [PlainText]
        public string? UserName { get; set; }

        [Display(Name = "姓名")]
        [Required(ErrorMessage = "请填写姓名。")]
        [StringLength(PerfTargetsUser.DisplayNameMaxLength, ErrorMessage = "姓名不能超过 {1} 个字。")]
        [PlainText]
        public string? DisplayName { get; set; }

        [Display(Name = "角色")]
        [EnumDataType(typeof(AccountRole), ErrorMessage = "请选择角色。")]
        public AccountRole Role { get; set; }

        [Display(Name = "单位")]
        public int? DepartmentId { get; set; }

        [Display(Name = "审核科室")]
        public int? ReviewSectionId { get; set; }

        [Display(Name = "邮箱")]
        [MailAddress]
        public string? Email { get; set; }

        [Display(Name = "初始密码")]
        [Required(ErrorMessage = "请填写初始密码。")]
        [DataType(DataType.Password)]
        public string? Password { get; set; }
    }
}
