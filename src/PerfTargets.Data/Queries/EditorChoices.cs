using PerfTargets.Core.Taxonomy;

namespace PerfTargets.Data.Queries;

/// <summary>What the editor offers to choose from: departments, indicator frameworks, each year's default framework.</summary>
public sealed record EditorChoices(
    IReadOnlyList<EditorChoices.DepartmentChoice> Departments,
    IReadOnlyList<IndicatorFramework> Frameworks,
    IReadOnlyDictionary<int, int> DefaultFrameworkByYear)
{
    public static async Task<EditorChoices> LoadAsync(PerfTargetsDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var departments = await db.Departments.AsNoTracking().OrderBy(d => d.Code)
            .Select(d => new DepartmentChoice(d.Id, d.Code, d.Name)).ToListAsync(cancellationToken);
        var frameworks = await db.FrameworksAsync(cancellationToken);
        var defaults = await db.ReferenceAsync<BudgetYearSetting, Dictionary<int, int>>(
            token => db.BudgetYearSettings.AsNoTracking().ToDictionaryAsync(s => s.Year, s => s.DefaultFrameworkId, token), cancellationToken);
        return new EditorChoices(departments, frameworks, defaults);
    }

    /// <summary>The framework a new declaration of <paramref name="year"/> is filed under unless the user picks another.</summary>
    public int DefaultFrameworkFor(int year) =>
        DefaultFrameworkByYear.TryGetValue(year, out var id) ? id
        : DefaultFrameworkByYear.Count > 0 ? DefaultFrameworkByYear.MaxBy(p => p.Key).Value
        : Frameworks.FirstOrDefault(f => f.Code == StandardFrameworks.National2021)?.Id ?? Frameworks[0].Id;

    /// <summary>The same choices with the departments narrowed to one (a filer's own), or none.</summary>
    public EditorChoices ForDepartment(int? departmentId) =>
        this with { Departments = [.. Departments.Where(d => d.Id == departmentId)] };

    public sealed record DepartmentChoice(int Id, string Code, string Name);
}
