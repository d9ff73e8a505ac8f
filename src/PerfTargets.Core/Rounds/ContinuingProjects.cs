namespace PerfTargets.Core.Rounds;

/// <summary>
/// 预置延续项目: the projects a round pre-creates as drafts of its year — last budget year's approved
/// declarations of the departments it expects, each copied as a 延续项目 (<see cref="DeclarationCopy"/>),
/// unless the department already has a project of that name in the round's year (the rule 复制为新年度
/// keeps), so that running it again creates nothing new.
/// </summary>
public static class ContinuingProjects
{
    /// <summary>The budget year whose approved declarations <paramref name="round"/> continues.</summary>
    public static int SourceYear(FilingRound round)
    {
        ArgumentNullException.ThrowIfNull(round);
        return round.BudgetYear - 1;
    }

    /// <summary>
    /// The drafts to create, in the order of <paramref name="approved"/> (read as approved: the frozen
    /// version's content): one per project name and department, none of a name in <paramref name="existing"/>,
    /// none of a department the round does not expect or of another year.
    /// </summary>
    public static IReadOnlyList<Declaration> Drafts(FilingRound round, IEnumerable<Declaration> approved, IEnumerable<(int DepartmentId, string ProjectName)> existing)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(approved);
        ArgumentNullException.ThrowIfNull(existing);
        var expected = round.Departments.Select(d => d.DepartmentId).ToHashSet();
        var taken = existing.ToHashSet();
        return [.. approved
            .Where(d => d.Status == DeclarationStatus.Approved && d.BudgetYear == SourceYear(round) && expected.Contains(d.DepartmentId))
            .Where(d => taken.Add((d.DepartmentId, d.ProjectName)))
            .Select(d => d.CopyForYear(round.BudgetYear))];
    }
}
