using PerfTargets.Core.Declarations;
using PerfTargets.Core.Departments;
using PerfTargets.Core.Review;
using PerfTargets.Core.Summaries;
using PerfTargets.Core.Validation;
using PerfTargets.Data.Declarations;

namespace PerfTargets.Data.Queries;

/// <summary>
/// 汇总表 from the database: one narrow row per declaration (where it stands, its 年度资金 by source,
/// 中期资金总额, its stored 三级, 定量 and problem counts), added up in
/// Core. Money is summed in C#: SQLite keeps decimals as text and would sum them as floating point.
/// The caller narrows the declarations (who may see them, its filters).
/// </summary>
public static class DeclarationSummaries
{
    public static async Task<SummaryTable> SummarizeAsync(this PerfTargetsDbContext db, IQueryable<Declaration> declarations, ReviewChain chain,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await declarations.AsNoTracking().Select(d => new
        {
            d.Id, d.BudgetYear, d.DepartmentId, d.Status, d.Review.AwaitingSectionId, d.Review.ReturnedBySectionId,
            Annual = new FundingSplit
            {
                Total = d.AnnualFunding.Total, Fiscal = d.AnnualFunding.Fiscal, FiscalSuperior = d.AnnualFunding.FiscalSuperior,
                FiscalLocal = d.AnnualFunding.FiscalLocal, FiscalSubordinate = d.AnnualFunding.FiscalSubordinate, Other = d.AnnualFunding.Other,
            },
            MidTerm = d.MidTermFunding.Total,
            Quantitative = EF.Property<int>(d, StoredProblemCounts.QuantitativeIndicators),
            Indicators = EF.Property<int>(d, StoredProblemCounts.Indicators),
            Stored = new StoredCount(d.Id, d.Status, EF.Property<int>(d, StoredProblemCounts.Errors), EF.Property<int>(d, StoredProblemCounts.Warnings),
                EF.Property<int?>(d, StoredProblemCounts.JudgedWith)),
        }).ToListAsync(cancellationToken);

        // Problem counts judged before the settings now in force (or never) are judged again, as a list
        // page does with the rows it shows; the indicator counts do not depend on the settings.
        var current = await db.CurrentRuleSettingsRevisionAsync(cancellationToken);
        var stale = rows.Where(r => r.Stored.IsStale(current)).Select(r => r.Id).ToList();
        var problems = new Dictionary<int, ProblemCount>();
        foreach (var batch in stale.Chunk(DeclarationProblemQueries.JudgedAtOnce))
        {
            foreach (var (id, count) in await db.CountProblemsAsync(batch, cancellationToken))
            {
                problems[id] = count;
            }
        }

        var counted = rows.Select(r => new CountedDeclaration(r.BudgetYear, r.DepartmentId,
            FilingStates.Of(r.Status, new ReviewPosition { AwaitingSectionId = r.AwaitingSectionId, ReturnedBySectionId = r.ReturnedBySectionId }),
            r.AwaitingSectionId, r.Annual, r.MidTerm, r.Indicators, r.Quantitative,
            problems.GetValueOrDefault(r.Id, r.Stored.Problems))).ToList();

        var departments = await db.Departments.AsNoTracking().Select(d => new Department { Id = d.Id, Code = d.Code, Name = d.Name, ParentId = d.ParentId }).ToListAsync(cancellationToken);
        return SummaryTable.Build(counted, departments, chain);
    }
}
