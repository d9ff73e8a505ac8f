using System.Security.Claims;
using PerfTargets.Core.Printing;
using PerfTargets.Data.Review;
using PerfTargets.Pdf.Layouts;

namespace PerfTargets.Web.Printing;

/// <summary>
/// What a department's 绩效目标 document for a year prints: its 部门整体绩效目标 and, in the order
/// they were created, those of its project declarations of that year that the user may see.
/// </summary>
public sealed class DepartmentPrints(PerfTargetsDbContext db, DeclarationPrints declarations)
{
    public async Task<DepartmentPrint?> LoadAsync(int departmentId, int budgetYear, ClaimsPrincipal user, Uri baseUrl, PrintOptions options, CancellationToken cancellationToken = default)
    {
        var department = await db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == departmentId, cancellationToken);
        if (department is null)
        {
            return null;
        }

        var visible = await (await VisibleAsync(departmentId, budgetYear, user, cancellationToken)).OrderBy(d => d.Id).ToListAsync(cancellationToken);
        var goal = await db.DepartmentPerformanceGoals.AsNoTracking().FirstOrDefaultAsync(g => g.DepartmentId == departmentId && g.BudgetYear == budgetYear, cancellationToken);
        var prints = new List<DeclarationPrint>(visible.Count);
        foreach (var declaration in visible)
        {
            declaration.PutInFormOrder();
            prints.Add(await declarations.LoadAsync(declaration, baseUrl, options, cancellationToken));
        }

        return new DepartmentPrint(department.Name, department.Code, budgetYear, goal, prints);
    }

    /// <summary>How many project declarations the document would print for this user, said while it is being made.</summary>
    public async Task<int> CountAsync(int departmentId, int budgetYear, ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        await (await VisibleAsync(departmentId, budgetYear, user, cancellationToken)).CountAsync(cancellationToken);

    private async Task<IQueryable<PerfTargets.Core.Declarations.Declaration>> VisibleAsync(int departmentId, int budgetYear, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var chain = await db.LoadChainAsync(cancellationToken);
        return db.Declarations.AsNoTracking().Where(d => d.DepartmentId == departmentId && d.BudgetYear == budgetYear).VisibleTo(user, chain);
    }
}
