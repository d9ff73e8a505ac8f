using System.Security.Claims;

namespace PerfTargets.Web.Pages.Declarations;

/// <summary>
/// What the declaration list's and the 汇总表's filters offer a user: the budget years of the
/// declarations they may see, the departments (a filer only its own) and the 主管部门 with units
/// under them (none for a filer, and none where no department has a parent).
/// </summary>
public sealed record FilterChoices(IReadOnlyList<int> Years, IReadOnlyList<(int Id, string Name)> Departments, IReadOnlyList<(int Id, string Name)> Supervisors)
{
    public static async Task<FilterChoices> LoadAsync(PerfTargetsDbContext db, ClaimsPrincipal user, IQueryable<Declaration> visible, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var years = await visible.Select(d => d.BudgetYear).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
        var ownDepartment = user.IsAdmin() || user.IsReviewer() ? null : user.DepartmentId();
        var departments = await db.Departments.OrderBy(d => d.Code).Select(d => new { d.Id, d.Name, d.ParentId }).ToListAsync(cancellationToken);
        return new FilterChoices(
            years,
            departments.Where(d => ownDepartment == null || d.Id == ownDepartment).Select(d => (d.Id, d.Name)).ToList(),
            ownDepartment is null ? departments.Where(d => departments.Exists(unit => unit.ParentId == d.Id)).Select(d => (d.Id, d.Name)).ToList() : []);
    }
}
