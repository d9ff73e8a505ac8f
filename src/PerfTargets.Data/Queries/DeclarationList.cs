using System.Runtime.CompilerServices;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Money;
using PerfTargets.Core.Review;
using PerfTargets.Core.Validation;
using PerfTargets.Data.Declarations;

namespace PerfTargets.Data.Queries;

/// <summary>One row of 申报表列表: the columns the list and the API show, and what the rules find in it.</summary>
public sealed record DeclarationListEntry(int Id, int BudgetYear, string ProjectName, string DepartmentCode, string DepartmentName,
    ProjectKind? Kind, DeclarationStatus Status, ReviewPosition Review, decimal? AnnualTotal, MoneyUnit MoneyUnit, int IndicatorCount,
    DateTimeOffset UpdatedAt, Guid ConcurrencyStamp, ProblemCount Problems);

/// <summary>
/// 申报表列表 as the list page and the API both show it: newest budget year first, then by department
/// and creation, one page at a time. The caller narrows the declarations (who may see them, its filters).
/// Only the listed columns are read, with the problem counts stored beside them; a page past the
/// middle is read from the far end, so that the last page costs what the first does.
/// </summary>
public static class DeclarationList
{
    /// <summary>
    /// Page <paramref name="page"/> (from 1) of <paramref name="pageSize"/> rows out of
    /// <paramref name="total"/> (the caller's count of <paramref name="declarations"/>); past the end, none.
    /// </summary>
    public static async Task<IReadOnlyList<DeclarationListEntry>> ListPageAsync(this PerfTargetsDbContext db,
        IQueryable<Declaration> declarations, int page, int pageSize, int total, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var skip = Math.Min((page - 1L) * pageSize, int.MaxValue);
        if (skip >= total)
        {
            return [];
        }

        var take = (int)Math.Min(pageSize, total - skip);
        var fromEnd = skip > total / 2;
        var ordered = fromEnd
            ? declarations.OrderBy(d => d.BudgetYear).ThenByDescending(d => d.DepartmentId).ThenByDescending(d => d.Id).Skip((int)(total - skip - take))
            : declarations.OrderByDescending(d => d.BudgetYear).ThenBy(d => d.DepartmentId).ThenBy(d => d.Id).Skip((int)skip);
        var rows = await ordered.Take(take).AsNoTracking()
            .Join(db.Departments, d => d.DepartmentId, dept => dept.Id, (d, dept) => new
            {
                d.Id, d.BudgetYear, d.ProjectName, dept.Code, dept.Name, d.Kind, d.Status, d.Review.AwaitingSectionId,
                d.Review.ReturnedBySectionId, d.Review.SubmittedAt, d.Review.VersionCount, d.AnnualFunding.Total, d.MoneyUnit,
                Indicators = EF.Property<int>(d, StoredProblemCounts.Indicators), d.UpdatedAt, d.ConcurrencyStamp,
            })
            .ToListAsync(cancellationToken);
        if (fromEnd)
        {
            rows.Reverse();
        }

        var problems = await db.CountProblemsAsync(rows.Select(r => r.Id).ToList(), cancellationToken);
        return rows.Select(r => new DeclarationListEntry(r.Id, r.BudgetYear, r.ProjectName, r.Code, r.Name, r.Kind, r.Status,
            new ReviewPosition { AwaitingSectionId = r.AwaitingSectionId, ReturnedBySectionId = r.ReturnedBySectionId, SubmittedAt = r.SubmittedAt, VersionCount = r.VersionCount },
            r.Total, r.MoneyUnit, r.Indicators, r.UpdatedAt, r.ConcurrencyStamp, problems[r.Id])).ToList();
    }

    /// <summary>
    /// Every row of <paramref name="declarations"/> (<paramref name="total"/> of them) in the list's order,
    /// read a page of <paramref name="batch"/> at a time: an export of 10,000 never holds them all.
    /// </summary>
    public static async IAsyncEnumerable<DeclarationListEntry> ListAllAsync(this PerfTargetsDbContext db, IQueryable<Declaration> declarations, int total,
        int batch = 500, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var page = 1; (page - 1L) * batch < total; page++)
        {
            foreach (var row in await db.ListPageAsync(declarations, page, batch, total, cancellationToken))
            {
                yield return row;
            }
        }
    }

    /// <summary>
    /// 年度资金 of every declaration in <paramref name="declarations"/> added up, a blank amount as 0: the
    /// list's 合计 row over all its pages, summed by the database exactly on both providers — numeric on
    /// PostgreSQL; on SQLite, which keeps decimals as text, EF Core sends its own ef_sum, which adds them
    /// as .NET decimals (SQLite's SUM would add them as floating point).
    /// </summary>
    public static async Task<decimal> AnnualTotalAsync(this IQueryable<Declaration> declarations, CancellationToken cancellationToken = default) =>
        await declarations.SumAsync(d => d.AnnualFunding.Total, cancellationToken) ?? 0m;
}
