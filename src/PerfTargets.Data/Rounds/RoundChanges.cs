using PerfTargets.Core.Auditing;
using PerfTargets.Core.Rounds;
using PerfTargets.Data.Auditing;

namespace PerfTargets.Data.Rounds;

/// <summary>
/// The admin's changes to 申报批次, each committed with its audit row: opening or changing a round
/// (its dates and departments; a department kept keeps its extension) and extending one
/// department's deadline, or taking the extension back.
/// </summary>
public sealed class RoundChanges(PerfTargetsDbContext db, AuditedChanges audited, TimeProvider clock)
{
    /// <summary>
    /// Saves <paramref name="input"/> (already validated) as a new round when its id is 0, else over the round
    /// it names, expecting the departments of <paramref name="departmentIds"/>. Null when another round
    /// already holds the budget year; the round's id otherwise.
    /// </summary>
    public async Task<int?> SaveAsync(FilingRound input, IReadOnlyCollection<int> departmentIds, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(departmentIds);
        if (await db.FilingRounds.AnyAsync(r => r.BudgetYear == input.BudgetYear && r.Id != input.Id, cancellationToken))
        {
            return null;
        }

        var round = input.Id == 0
            ? new FilingRound { CreatedAt = clock.GetUtcNow().UtcDateTime }
            : await db.FilingRounds.Include(r => r.Departments).SingleAsync(r => r.Id == input.Id, cancellationToken);
        (round.Name, round.BudgetYear, round.OpensOn, round.ClosesOn, round.Notice) = (input.Name, input.BudgetYear, input.OpensOn, input.ClosesOn, input.Notice);
        round.Departments.RemoveAll(d => !departmentIds.Contains(d.DepartmentId));
        round.Departments.AddRange(departmentIds.Where(id => round.Departments.TrueForAll(d => d.DepartmentId != id)).Select(id => new RoundDepartment { DepartmentId = id }));
        round.ConcurrencyStamp = Guid.NewGuid();
        if (round.Id == 0)
        {
            db.FilingRounds.Add(round);
        }

        var detail = $"{(input.Id == 0 ? "开启" : "修改")}申报批次“{round.Name}”：{round.BudgetYear}年度，{Day(round.OpensOn)} 至 {Day(round.ClosesOn)}，应报单位 {departmentIds.Count} 个";
        await audited.CommitAsync(new AuditNote(AuditAction.RoundChanged, actor, Detail: detail), cancellationToken);
        return round.Id;
    }

    /// <summary>
    /// 延期: lets <paramref name="departmentId"/> submit until the end of <paramref name="until"/>, or only until
    /// the round's close when null. False when the department is not in the round.
    /// </summary>
    public async Task<bool> ExtendAsync(int roundId, int departmentId, DateOnly? until, string? reason, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var expected = await db.Set<RoundDepartment>().SingleOrDefaultAsync(d => d.FilingRoundId == roundId && d.DepartmentId == departmentId, cancellationToken);
        if (expected is null)
        {
            return false;
        }

        var round = await db.FilingRounds.AsNoTracking().Where(r => r.Id == roundId).Select(r => r.Name).SingleAsync(cancellationToken);
        var department = await db.Departments.AsNoTracking().Where(d => d.Id == departmentId).Select(d => d.Name).SingleAsync(cancellationToken);
        (expected.ExtendedTo, expected.ExtensionReason) = (until, until is null ? null : reason?.Trim());
        var detail = until is { } day
            ? $"申报批次“{round}”：{department} 延期至 {Day(day)}，原因：{expected.ExtensionReason}"
            : $"申报批次“{round}”：取消 {department} 的延期";
        await audited.CommitAsync(new AuditNote(AuditAction.DeadlineExtended, actor, Detail: detail), cancellationToken);
        return true;
    }

    private static string Day(DateOnly day) => ChinaCalendar.Text(day);
}
