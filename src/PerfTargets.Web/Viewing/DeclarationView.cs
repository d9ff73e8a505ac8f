using PerfTargets.Core.Departments;
using PerfTargets.Core.Review;
using PerfTargets.Core.Validation;
using PerfTargets.Data.Queries;

namespace PerfTargets.Web.Viewing;

/// <summary>
/// A declaration with what its read-only view needs besides itself: the department, its parent,
/// the framework's name, the grouped indicator tree and what the validation rules find. The same
/// view shows the live declaration and a frozen version.
/// </summary>
public sealed class DeclarationView
{
    public required Declaration Declaration { get; init; }

    public required Department Department { get; init; }

    /// <summary>主管部门及代码, from the same source as the printed form (<see cref="SupervisingDepartment.Of"/>).</summary>
    public required string SupervisingDepartment { get; init; }

    public required string FrameworkName { get; init; }

    public required IndicatorTree Tree { get; init; }

    /// <summary>What the validation rules find, errors first.</summary>
    public required IReadOnlyList<ValidationProblem> Problems { get; init; }

    /// <summary>
    /// The view of <paramref name="declaration"/>: read from <paramref name="version"/>, judged with the
    /// rule settings in force at its submission (a verdict kept once made, <see cref="FrozenVerdicts"/>);
    /// a draft judged now.
    /// </summary>
    public static async Task<DeclarationView> LoadAsync(PerfTargetsDbContext db, Declaration declaration, DeclarationVersion? version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(declaration);
        declaration.PutInFormOrder();
        var department = await db.Departments.AsNoTracking().SingleAsync(d => d.Id == declaration.DepartmentId, cancellationToken);
        var parent = department.ParentId is { } parentId
            ? await db.Departments.AsNoTracking().SingleAsync(d => d.Id == parentId, cancellationToken)
            : null;
        var framework = await db.FrameworkAsync(declaration.FrameworkId, cancellationToken);
        return new DeclarationView
        {
            Declaration = declaration,
            Department = department,
            SupervisingDepartment = Core.Departments.SupervisingDepartment.Of(declaration, department, parent),
            FrameworkName = framework.Name,
            Tree = IndicatorTree.Build(declaration.Indicators),
            Problems = version is null
                ? await db.ProblemsAsync(declaration, framework, null, cancellationToken)
                : await db.FrozenProblemsAsync(declaration, framework, version, cancellationToken),
        };
    }

    /// <summary>Marks a row that has an error (or else a warning) among the problems under <paramref name="pathPrefix"/>.</summary>
    public string RowClass(string pathPrefix)
    {
        var here = Problems.Where(p => p.Path.StartsWith(pathPrefix, StringComparison.Ordinal)).ToList();
        return here.Any(p => p.IsError) ? "table-danger" : here.Count > 0 ? "table-warning" : string.Empty;
    }
}
