using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Validation;

namespace PerfTargets.Data.Queries;

/// <summary>One row of 申报表列表: the declaration, its department and what the rules find in it.</summary>
public sealed record DeclarationListEntry(Declaration Declaration, string DepartmentCode, string DepartmentName, ProblemCount Problems);

/// <summary>
/// 申报表列表 as the list page and the API both show it: newest budget year first, then by department
/// and creation, one page at a time. The caller narrows the declarations (who may see them, its filters).
/// </summary>
public static class DeclarationList
{
    /// <summary>Page <paramref name="page"/> (from 1) of <paramref name="pageSize"/> rows; past the end, none.</summary>
    public static async Task<IReadOnlyList<DeclarationListEntry>> ListPageAsync(this PerfTargetsDbContext db,
        IQueryable<Declaration> declarations, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await declarations.AsNoTracking()
            .OrderByDescending(d => d.BudgetYear).ThenBy(d => d.DepartmentId).ThenBy(d => d.Id)
            .Skip((int)Math.Min((page - 1L) * pageSize, int.MaxValue)).Take(pageSize)
            .Join(db.Departments, d => d.DepartmentId, dept => dept.Id, (d, dept) => new { Declaration = d, dept.Code, dept.Name })
            .ToListAsync(cancellationToken);
        var problems = await db.CountProblemsAsync(rows.Select(r => r.Declaration.Id).ToList(), cancellationToken);
        return rows.Select(r => new DeclarationListEntry(r.Declaration, r.Code, r.Name, problems[r.Declaration.Id])).ToList();
    }
}
