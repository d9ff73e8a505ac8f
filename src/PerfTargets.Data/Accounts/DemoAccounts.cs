using Microsoft.AspNetCore.Identity;
using PerfTargets.Core.Accounts;

namespace PerfTargets.Data.Accounts;

/// <summary>
/// The accounts of demo mode, one filer per demo department, one reviewer per review section and
/// an admin, all with the same published password. Outside demo mode none of them exist.
/// </summary>
public static class DemoAccounts
{
    /// <summary>The password of every demo account (printed in the README).</summary>
    public const string Password = "PerfTargets-demo";

    public const string Admin = "admin";

    /// <summary>Filer user names by the code of their department.</summary>
    public static IReadOnlyDictionary<string, (string UserName, string DisplayName)> Filers { get; } = new Dictionary<string, (string, string)>
    {
        ["430203101"] = ("filer-lusong", "王娅薇"),
        ["310101901"] = ("filer-portal", "王婷婷"),
        ["341300001"] = ("filer-suzhou", "宿州填报人"),
        ["530114001"] = ("filer-chenggong", "呈贡填报人"),
        ["224002"] = ("filer-shanhaiguan", "山海关填报人"),
    };

    /// <summary>The review chain of the demo, in order: seed 000's 业务股室 then 绩效管理股.</summary>
    public static IReadOnlyList<(string Section, string UserName, string DisplayName)> Reviewers { get; } =
    [
        ("业务股室", "reviewer-business", "业务股室审核人"),
        ("绩效管理股", "reviewer-performance", "绩效管理股审核人"),
    ];

    public const string Organisation = "示范县财政局";

    public static PerfTargetsUser Create(string userName, string displayName, DateTimeOffset now, int? departmentId = null, int? reviewSectionId = null)
    {
        var user = new PerfTargetsUser
        {
            UserName = userName,
            NormalizedUserName = userName.ToUpperInvariant(),
            DisplayName = displayName,
            DepartmentId = departmentId,
            ReviewSectionId = reviewSectionId,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            ConcurrencyStamp = Guid.NewGuid().ToString("N"),
            LockoutEnabled = true,
            PasswordChangedAt = now,
            CreatedAt = now,
        };
        user.PasswordHash = new PasswordHasher<PerfTargetsUser>().HashPassword(user, Password);
        return user;
    }

    /// <summary>The role rows every installation has.</summary>
    public static IEnumerable<IdentityRole<int>> Roles() => AccountRoles.All.Select(name => new IdentityRole<int>
    {
        Name = name,
        NormalizedName = name.ToUpperInvariant(),
        ConcurrencyStamp = Guid.NewGuid().ToString("N"),
    });
}
