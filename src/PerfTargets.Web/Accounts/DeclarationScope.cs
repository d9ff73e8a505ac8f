using System.Collections.Concurrent;
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
    /// <summary>
    /// The rule compiled for each kind of viewer (the admin, a department's filers, a section's
    /// reviewers): compiling an expression costs more than the page's own work, and the kinds are
    /// as few as the departments and sections.
    /// </summary>
    private static readonly ConcurrentDictionary<string, Func<Declaration, bool>> Compiled = new(StringComparer.Ordinal);

    public static IQueryable<Declaration> VisibleTo(this IQueryable<Declaration> declarations, ClaimsPrincipal user, ReviewChain chain) =>
        declarations.Where(Visibility(Viewer.Of(user, chain)));

    public static bool CanSee(this ClaimsPrincipal user, Declaration declaration, ReviewChain chain)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var viewer = Viewer.Of(user, chain);
        return Compiled.GetOrAdd(viewer.Key, _ => Visibility(viewer).Compile())(declaration);
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

    private static Expression<Func<Declaration, bool>> Visibility(Viewer viewer) => viewer switch
    {
        { IsAdmin: true } => _ => true,
        { Department: { } department } => d => d.DepartmentId == department,
        { Reached: { } reached } => d => d.Status == DeclarationStatus.Approved
            || (d.Status == DeclarationStatus.Submitted && d.Review.AwaitingSectionId != null && reached.Contains(d.Review.AwaitingSectionId.Value)),
        _ => _ => false,
    };

    /// <summary>What the rule depends on about the user: admin, a filer's department, or the sections a reviewer's section has reached.</summary>
    private sealed record Viewer(bool IsAdmin, int? Department, List<int>? Reached)
    {
        public string Key => IsAdmin ? "admin" : Department is { } department ? $"filer:{department}" : Reached is { } reached ? $"reviewer:{string.Join(',', reached)}" : "none";

        public static Viewer Of(ClaimsPrincipal user, ReviewChain chain)
        {
            ArgumentNullException.ThrowIfNull(user);
            ArgumentNullException.ThrowIfNull(chain);
            if (user.IsAdmin())
            {
                return new Viewer(true, null, null);
            }

            if (user.SeesOnlyDepartment() is { } department)
            {
                return new Viewer(false, department, null);
            }

            return user.IsReviewer() && user.ReviewSectionId() is { } section
                ? new Viewer(false, null, chain.FromSection(section).ToList())
                : new Viewer(false, null, null);
        }
    }
}
