using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Departments;
using PerfTargets.Core.Validation;
using PerfTargets.Data;
using PerfTargets.Web.Accounts;

namespace PerfTargets.Web.Pages.Declarations;

/// <summary>One declaration, every section, read-only, with the indicator tree grouped 一级 → 二级 → 三级.</summary>
public sealed class DetailsModel(PerfTargetsDbContext db) : PageModel
{
    public Declaration Declaration { get; private set; } = null!;

    public Department Department { get; private set; } = null!;

    public string? ParentDepartment { get; private set; }

    public string FrameworkName { get; private set; } = string.Empty;

    public IndicatorTree Tree { get; private set; } = null!;

    /// <summary>What the validation rules find, errors first.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var declaration = await db.Declarations.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (declaration is null || !User.CanSee(declaration))
        {
            return NotFound(); // another department's declaration is not said to exist
        }

        declaration.PutInFormOrder();
        Declaration = declaration;
        Department = await db.Departments.AsNoTracking().SingleAsync(d => d.Id == declaration.DepartmentId, cancellationToken);
        ParentDepartment = Department.ParentId is { } parentId
            ? await db.Departments.Where(d => d.Id == parentId).Select(d => d.Name).SingleAsync(cancellationToken)
            : null;
        var framework = await db.IndicatorFrameworks.AsNoTracking().SingleAsync(f => f.Id == declaration.FrameworkId, cancellationToken);
        FrameworkName = framework.Name;
        Tree = IndicatorTree.Build(declaration.Indicators);
        Problems = DeclarationCheck.Problems(declaration, framework);
        return Page();
    }

    /// <summary>Marks a row that has an error (or else a warning) among the problems under <paramref name="pathPrefix"/>.</summary>
    public string RowClass(string pathPrefix)
    {
        var here = Problems.Where(p => p.Path.StartsWith(pathPrefix, StringComparison.Ordinal)).ToList();
        return here.Any(p => p.IsError) ? "table-danger" : here.Count > 0 ? "table-warning" : string.Empty;
    }
}
