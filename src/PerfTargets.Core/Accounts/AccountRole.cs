namespace PerfTargets.Core.Accounts;

/// <summary>What an account does in PerfTargets (角色).</summary>
public enum AccountRole
{
    /// <summary>填报人: fills the declarations of one department.</summary>
    Filer,

    /// <summary>审核人: reviews in one section of the finance office.</summary>
    Reviewer,

    /// <summary>管理员: departments, sections, accounts, seals, frameworks.</summary>
    Admin,
}

/// <summary>The names roles are stored and checked under, and the words users see.</summary>
public static class AccountRoles
{
    public const string Filer = nameof(AccountRole.Filer);
    public const string Reviewer = nameof(AccountRole.Reviewer);
    public const string Admin = nameof(AccountRole.Admin);

    public static IReadOnlyList<string> All { get; } = [Filer, Reviewer, Admin];

    public static string Label(this AccountRole role) => role switch
    {
        AccountRole.Filer => "填报人",
        AccountRole.Reviewer => "审核人",
        AccountRole.Admin => "管理员",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };
}
