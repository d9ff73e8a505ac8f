using System.Linq.Expressions;
using System.Security.Claims;
using PerfTargets.Core.Review;

namespace PerfTargets.Web.Accounts;

/// <summary>
/// Who sees and changes which declarations: a filer only their department's; a reviewer only what
/// has reached their section's step of the review chain or passed it (and what is 已批复); an admin
/// every one, to read. Only a filer of the
/// department changes a declaration. The rule is written once, as an expression, so that the
/// database filters lists by it and a page checks a single declaration by the very same rule.
/// </summary>
public static class DeclarationScope
{
    public static IQueryable<Declaration> VisibleTo(this IQueryable<Declaration> declarations, ClaimsPrincipal user, ReviewChain chain) =>
        declarations.Where(Visibility(user, chain));

    public static bool CanSee(this ClaimsPrincipal user, Declaration declaration, ReviewChain chain)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        return new[] { declaration }.AsQueryable().Any(Visibility(user, chain));
    }

    /// <summary>Whether it is the user's section's turn to review the declaration.</summary>
    public static bool CanReview(this ClaimsPrincipal user, Declaration declaration)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        return user.IsReviewer() && declaration.Status == DeclarationStatus.Submitted
            && user.ReviewSectionId() is { } section && declaration.Review.AwaitingSectionId == section;
    }

    /// <summary>The department whose declarations, and no others, the user sees (a filer's own); null for anyone else.</summary>
    public static int? SeesOnlyDepartment(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return !user.IsAdmin() && user.IsFiler() ? user.DepartmentId() : null;
    }

    /// <summary>Whether the user fills declarations for this department.</summary>
    public static bool CanWorkFor(this ClaimsPrincipal user, int departmentId) =>
        user.IsFiler() && user.DepartmentId() == departmentId;

    private static Expression<Func<Declaration, bool>> Visibility(ClaimsPrincipal user, ReviewChain chain)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(chain);
        if (user.IsAdmin())
        {
            return _ => true;
        }

        if (user.SeesOnlyDepartment() is { } department)
        {
            return d => d.DepartmentId == department;
        }

        if (user.IsReviewer() && user.ReviewSectionId() is { } section)
        {
            var reached = chain.FromSection(section).ToList();
            return d => d.Status == DeclarationStatus.Approved
                || (d.Status == DeclarationStatus.Submitted && d.Review.AwaitingSectionId != null && reached.Contains(d.Review.AwaitingSectionId.Value));
        }

        return _ => false;
    }
}
