using System.Linq.Expressions;
using System.Security.Claims;
using PerfTargets.Core.Declarations;

namespace PerfTargets.Web.Accounts;

/// <summary>
/// Who sees and changes which declarations: a filer only their department's; a reviewer only what
/// has been submitted to the finance office; an admin every one, to read. Only a filer of the
/// department changes a declaration. The rule is written once, as an expression, so that the
/// database filters lists by it and a page checks a single declaration by the very same rule.
/// </summary>
public static class DeclarationScope
{
    public static IQueryable<Declaration> VisibleTo(this IQueryable<Declaration> declarations, ClaimsPrincipal user) =>
        declarations.Where(Visibility(user));

    public static bool CanSee(this ClaimsPrincipal user, Declaration declaration)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        return new[] { declaration }.AsQueryable().Any(Visibility(user));
    }

    /// <summary>Whether the user fills declarations for this department.</summary>
    public static bool CanWorkFor(this ClaimsPrincipal user, int departmentId) =>
        user.IsFiler() && user.DepartmentId() == departmentId;

    private static Expression<Func<Declaration, bool>> Visibility(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsAdmin())
        {
            return _ => true;
        }

        if (user.IsFiler() && user.DepartmentId() is { } department)
        {
            return d => d.DepartmentId == department;
        }

        return user.IsReviewer() ? d => d.Status != DeclarationStatus.Draft : _ => false;
    }
}
