using System.Globalization;
using System.Security.Claims;

namespace PerfTargets.Web.Accounts;

/// <summary>What a signed-in principal carries besides its name and roles, and how to read it.</summary>
public static class AccountClaims
{
    public const string Department = "perftargets:department";
    public const string ReviewSection = "perftargets:section";
    public const string DisplayName = "perftargets:name";

    /// <summary>When the user signed in (Unix seconds): the session ends a fixed time after it, however active.</summary>
    public const string SignedInAt = "perftargets:signed-in";

    /// <summary>The access token the request signed in with; absent for a browser session.</summary>
    public const string AccessToken = "perftargets:token";

    /// <summary>The account's id; null when signed out.</summary>
    public static int? UserId(this ClaimsPrincipal user) => Number(user, ClaimTypes.NameIdentifier);

    public static int? DepartmentId(this ClaimsPrincipal user) => Number(user, Department);

    public static int? AccessTokenId(this ClaimsPrincipal user) => Number(user, AccessToken);

    public static int? ReviewSectionId(this ClaimsPrincipal user) => Number(user, ReviewSection);

    public static string Name(this ClaimsPrincipal user) =>
        user?.FindFirstValue(DisplayName) ?? user?.Identity?.Name ?? string.Empty;

    /// <summary>姓名（账户名）, as an export or a print names who produced it.</summary>
    public static string NameAndAccount(this ClaimsPrincipal user) => $"{user.Name()}（{user?.Identity?.Name}）";

    public static bool IsAdmin(this ClaimsPrincipal user) => user?.IsInRole(AccountRoles.Admin) ?? false;

    public static bool IsFiler(this ClaimsPrincipal user) => user?.IsInRole(AccountRoles.Filer) ?? false;

    public static bool IsReviewer(this ClaimsPrincipal user) => user?.IsInRole(AccountRoles.Reviewer) ?? false;

    private static int? Number(ClaimsPrincipal user, string type) =>
        int.TryParse(user?.FindFirstValue(type), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
