using PerfTargets.Core.Rounds;

namespace PerfTargets.Data.Rounds;

/// <summary>The round of a budget year, and a department's deadline in it.</summary>
public static class RoundQueries
{
    /// <summary>The round of <paramref name="budgetYear"/> with its departments; null when none was opened.</summary>
    public static Task<FilingRound?> RoundOfAsync(this PerfTargetsDbContext db, int budgetYear, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.FilingRounds.AsNoTracking().Include(r => r.Departments).FirstOrDefaultAsync(r => r.BudgetYear == budgetYear, cancellationToken);
    }

    /// <summary>The round with this id and its departments; null when there is none.</summary>
    public static Task<FilingRound?> FindRoundAsync(this PerfTargetsDbContext db, int id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.FilingRounds.AsNoTracking().Include(r => r.Departments).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
    }

    /// <summary>
    /// The deadlines of every round that expects <paramref name="departmentId"/>, newest budget year first,
    /// leaving out those passed more than <paramref name="pastDays"/> days ago: what its filers are reminded of.
    /// </summary>
    public static async Task<IReadOnlyList<(int BudgetYear, SubmissionDeadline Deadline)>> DeadlinesOfAsync(this PerfTargetsDbContext db, int departmentId, DateOnly today,
        int pastDays = 30, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rounds = await db.FilingRounds.AsNoTracking().Include(r => r.Departments.Where(d => d.DepartmentId == departmentId))
            .Where(r => r.Departments.Any(d => d.DepartmentId == departmentId)).OrderByDescending(r => r.BudgetYear).ToListAsync(cancellationToken);
        return [.. rounds.Select(r => (r.BudgetYear, Deadline: SubmissionDeadline.Of(r, departmentId, today)!)).Where(r => r.Deadline.DaysLeft >= -pastDays)];
    }

    /// <summary>The deadline a declaration of this year and department submits under on <paramref name="today"/>; null when no round expects it.</summary>
    public static async Task<SubmissionDeadline?> DeadlineOfAsync(this PerfTargetsDbContext db, int budgetYear, int departmentId, DateOnly today,
        CancellationToken cancellationToken = default) =>
        SubmissionDeadline.Of(await db.RoundOfAsync(budgetYear, cancellationToken), departmentId, today);
}
