namespace PerfTargets.Core.Accounts;

/// <summary>
/// 密码策略: the default follows OWASP ASVS level 2 (long passwords, guessable ones refused, no forced
/// change); sites under 等级保护 switch to the 等保 profile (8 characters of 3 classes, changed every
/// 90 days). Both refuse what <see cref="PasswordStrength"/> finds easy to guess and the user's own names.
/// </summary>
public sealed record PasswordPolicy(string Name, int MinimumLength, int RequiredClasses, int? MaximumAgeDays)
{
    public const string AsvsKey = "Asvs";
    public const string DengbaoKey = "Dengbao";

    public static PasswordPolicy Asvs { get; } = new("OWASP ASVS L2", 10, 0, null);

    public static PasswordPolicy Dengbao { get; } = new("等保", 8, 3, 90);

    /// <summary>The profile a configuration value names; null for a name that is neither.</summary>
    public static PasswordPolicy? Named(string? key) => key?.Trim().ToUpperInvariant() switch
    {
        null or "" or "ASVS" => Asvs,
        "DENGBAO" or "等保" => Dengbao,
        _ => null,
    };

    /// <summary>
    /// Whether the account must set a new password before anything else: never set by its owner
    /// (a new or reset account), or older than the profile allows.
    /// </summary>
    public bool MustChange(DateTimeOffset? changedAt, DateTimeOffset now) =>
        changedAt is not { } changed || (MaximumAgeDays is { } days && changed.AddDays(days) < now);

    /// <summary>When a password set at <paramref name="changedAt"/> falls due for a change: never under a profile without a maximum age.</summary>
    public DateTimeOffset ChangeDue(DateTimeOffset? changedAt) =>
        changedAt is { } changed && MaximumAgeDays is { } days ? changed.AddDays(days) : DateTimeOffset.MaxValue;

    /// <summary>How many of the four classes (lower, upper, digit, other) a password uses.</summary>
    public static int ClassesIn(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        return (password.Any(char.IsLower) ? 1 : 0) + (password.Any(char.IsUpper) ? 1 : 0)
            + (password.Any(char.IsDigit) ? 1 : 0) + (password.Any(c => !char.IsLetterOrDigit(c)) ? 1 : 0);
    }

    /// <summary>The problems of a new password under this policy, in Chinese; empty when it is acceptable.</summary>
    public IReadOnlyList<string> Check(string password, string userName, string displayName)
    {
        ArgumentNullException.ThrowIfNull(password);
        var problems = new List<string>();
        if (password.Length < MinimumLength)
        {
            problems.Add($"密码至少 {MinimumLength} 个字符。");
        }

        if (RequiredClasses > 0 && ClassesIn(password) < RequiredClasses)
        {
            problems.Add($"密码须包含大写字母、小写字母、数字、符号中的至少 {RequiredClasses} 类。");
        }

        var containsName = PasswordStrength.ContainsName(password, userName, displayName);
        if (containsName)
        {
            problems.Add("密码不能含有您的用户名或姓名。");
        }

        // The name is said once, above, rather than again among the weaknesses.
        var weaknesses = PasswordStrength.Weaknesses(password, userName, displayName).Where(w => !containsName || w != PasswordStrength.NameReason).ToList();
        if (weaknesses.Count > 0)
        {
            problems.Add(PasswordStrength.Describe(weaknesses));
        }

        return problems;
    }
}
