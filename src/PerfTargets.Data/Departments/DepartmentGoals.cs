using Microsoft.EntityFrameworkCore;
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
        return goal;
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
