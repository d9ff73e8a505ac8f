using System.Security.Claims;
using PerfTargets.Core.Declarations;

namespace PerfTargets.Web.Accounts;

/// <summary>
/// Who sees and changes which declarations: a filer only their department's; a reviewer only what
/// has been submitted to the finance office; an admin every one, to read. Only a filer of the
/// department changes a declaration.
/// </summary>
public static class DeclarationScope
{
    public static IQueryable<Declaration> VisibleTo(this IQueryable<Declaration> declarations, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsAdmin())
        {
            return declarations;
        }

        if (user.IsFiler() && user.DepartmentId() is { } department)
        {
            return declarations.Where(d => d.DepartmentId == department);
        }

        return user.IsReviewer()
            ? declarations.Where(d => d.Status != DeclarationStatus.Draft)
            : declarations.Where(_ => false);
    }

    public static bool CanSee(this ClaimsPrincipal user, Declaration declaration)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        return user.IsAdmin()
            || user.CanWorkFor(declaration.DepartmentId)
            || (user.IsReviewer() && declaration.Status != DeclarationStatus.Draft);
    }

    /// <summary>Whether the user fills declarations for this department.</summary>
    public static bool CanWorkFor(this ClaimsPrincipal user, int departmentId) =>
        user.IsFiler() && user.DepartmentId() == departmentId;
}
