using PerfTargets.Core.Departments;
using PerfTargets.Data.Declarations;

namespace PerfTargets.Data.Departments;

/// <summary>部门整体绩效目标: one per department and budget year, saved under optimistic concurrency.</summary>
public sealed class DepartmentGoals(PerfTargetsDbContext db)
{
    /// <summary>The department's goal for the year, tracked for editing; a new, unsaved one if there is none yet.</summary>
    public async Task<DepartmentPerformanceGoal> FindOrNewAsync(int departmentId, int budgetYear, CancellationToken cancellationToken = default)
    {
        var goal = await db.DepartmentPerformanceGoals.FirstOrDefaultAsync(g => g.DepartmentId == departmentId && g.BudgetYear == budgetYear, cancellationToken);
        if (goal is null)
        {
            return new DepartmentPerformanceGoal { DepartmentId = departmentId, BudgetYear = budgetYear, ConcurrencyStamp = Guid.Empty };
        }

        goal.DutyGoals = [.. goal.DutyGoals.OrderBy(d => d.Sequence)];
        goal.FundingSources = [.. goal.FundingSources.OrderBy(s => s.Sequence)];
        goal.Indicators = [.. goal.Indicators.OrderBy(i => i.Sequence)];
        return goal;
    }

    /// <summary>The department's project declarations of the year: how many, and their 年度资金 in 元 (for <see cref="Core.Departments.DepartmentBudget"/>).</summary>
    public async Task<(int Count, decimal AnnualTotal)> ProjectFundingAsync(int departmentId, int budgetYear, CancellationToken cancellationToken = default)
    {
        // Summed here: SQLite cannot sum decimal columns in SQL.
        var totals = await db.Declarations.AsNoTracking().Where(d => d.DepartmentId == departmentId && d.BudgetYear == budgetYear)
            .Select(d => d.AnnualFunding.Total).ToListAsync(cancellationToken);
        return (totals.Count, totals.Sum(t => t ?? 0m));
    }

    /// <summary>Saves, unless someone else saved this department's goal for the year since <paramref name="loadedStamp"/>.</summary>
    public async Task<SaveOutcome> SaveAsync(DepartmentPerformanceGoal goal, Guid loadedStamp, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(goal);
        if (goal.Id == 0)
        {
            // A first save: someone else's first save for the same year meets the unique key.
            db.DepartmentPerformanceGoals.Add(goal);
        }
        else
        {
            db.Entry(goal).Property(g => g.ConcurrencyStamp).OriginalValue = loadedStamp;
        }

        goal.ConcurrencyStamp = Guid.NewGuid();
        return await db.TrySaveChangesAsync(cancellationToken) ? SaveOutcome.Saved : SaveOutcome.ChangedByOthers;
    }
}
