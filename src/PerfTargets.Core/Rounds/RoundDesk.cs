using PerfTargets.Core.Departments;

namespace PerfTargets.Core.Rounds;

/// <summary>
/// 申报进度: a round's departments, each with where it stands on <paramref name="today"/>, in code order,
/// and the round's totals. Built from the declarations of the round's year of those departments.
/// </summary>
public sealed class RoundDesk(FilingRound round, IReadOnlyList<DepartmentProgress> departments, DateOnly today)
{
    public FilingRound Round { get; } = round;

    public IReadOnlyList<DepartmentProgress> Departments { get; } = departments;

    public DateOnly Today { get; } = today;

    /// <summary>Days until the round closes: 0 on its last day, negative after.</summary>
    public int DaysToClose => Round.ClosesOn.DayNumber - Today.DayNumber;

    public int CountIn(DeskState state) => Departments.Count(d => d.State == state);

    public static RoundDesk Build(FilingRound round, IReadOnlyCollection<Department> departments, IReadOnlyCollection<FiledDeclaration> declarations, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(departments);
        ArgumentNullException.ThrowIfNull(declarations);
        var byDepartment = declarations.ToLookup(d => d.DepartmentId);
        var byId = departments.ToDictionary(d => d.Id);
        var rows = round.Departments
            .Where(expected => byId.ContainsKey(expected.DepartmentId))
            .Select(expected => new DepartmentProgress(byId[expected.DepartmentId], expected,
                SubmissionDeadline.Of(round, expected.DepartmentId, today)!, byDepartment[expected.DepartmentId]))
            .OrderBy(p => p.Department.Code, StringComparer.Ordinal)
            .ToList();
        return new RoundDesk(round, rows, today);
    }
}
