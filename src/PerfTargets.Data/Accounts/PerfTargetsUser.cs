using Microsoft.AspNetCore.Identity;

namespace PerfTargets.Data.Accounts;

/// <summary>
/// 账户: one person's sign-in. A filer belongs to a department, a reviewer to a review section;
/// an admin to neither. A disabled account cannot sign in and loses its sessions.
/// </summary>
public sealed class PerfTargetsUser : IdentityUser<int>
{
    public const int UserNameMaxLength = 64;

    public const int DisplayNameMaxLength = 64;

    /// <summary>The person's name as the review record and the printed form show it.</summary>
    public string DisplayName { get; set; } = string.Empty;

    public int? DepartmentId { get; set; }

    public int? ReviewSectionId { get; set; }

    public bool IsDisabled { get; set; }

    /// <summary>When the password was last set, for the 等保 profile's 90-day change.</summary>
    public DateTimeOffset? PasswordChangedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
