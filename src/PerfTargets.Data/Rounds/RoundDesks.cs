using PerfTargets.Core.Departments;
using PerfTargets.Core.Review;
using PerfTargets.Core.Rounds;

namespace PerfTargets.Data.Rounds;

/// <summary>
/// 申报进度 from the database: one narrow row per declaration of the round's year of its departments
/// (where it stands, its 年度资金, when it changed), added up in Core. Money is summed in C#: SQLite
/// keeps decimals as text.
/// </summary>
public static class RoundDesks
{
    /// <summary>The desk of round <paramref name="roundId"/> on <paramref name="today"/>; null when there is no such round.</summary>
    public static async Task<RoundDesk?> DeskAsync(this PerfTargetsDbContext db, int roundId, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var round = await db.FilingRounds.AsNoTracking().Include(r => r.Departments).FirstOrDefaultAsync(r => r.Id == roundId, cancellationToken);
        if (round is null)
        {
            return null;
        }

        var expected = round.Departments.Select(d => d.DepartmentId).ToList();
        var rows = await db.Declarations.AsNoTracking()
            .Where(d => d.BudgetYear == round.BudgetYear && expected.Contains(d.DepartmentId))
            .Select(d => new { d.DepartmentId, d.Status, d.Review.AwaitingSectionId, d.Review.ReturnedBySectionId, d.AnnualFunding.Total, d.UpdatedAt })
            .ToListAsync(cancellationToken);
        var departments = await db.Departments.AsNoTracking().Where(d => expected.Contains(d.Id))
            .Select(d => new Department { Id = d.Id, Code = d.Code, Name = d.Name, ParentId = d.ParentId }).ToListAsync(cancellationToken);
        var filed = rows.Select(r => new FiledDeclaration(r.DepartmentId,
            FilingStates.Of(r.Status, new ReviewPosition { AwaitingSectionId = r.AwaitingSectionId, ReturnedBySectionId = r.ReturnedBySectionId }),
            r.Total, r.UpdatedAt.UtcDateTime)).ToList();
        return RoundDesk.Build(round, departments, filed, today);
    }
}
