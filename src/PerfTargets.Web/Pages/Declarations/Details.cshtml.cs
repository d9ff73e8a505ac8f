using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Departments;
using PerfTargets.Data;

namespace PerfTargets.Web.Pages.Declarations;

/// <summary>One declaration, every section, read-only, with the indicator tree grouped 一级 → 二级 → 三级.</summary>
public sealed class DetailsModel(PerfTargetsDbContext db) : PageModel
{
    public Declaration Declaration { get; private set; } = null!;

    public Department Department { get; private set; } = null!;

    public string? ParentDepartment { get; private set; }

    public string FrameworkName { get; private set; } = string.Empty;

    public IndicatorTree Tree { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var declaration = await db.Declarations.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (declaration is null)
        {
            return NotFound();
        }

        Declaration = declaration;
        Department = await db.Departments.AsNoTracking().SingleAsync(d => d.Id == declaration.DepartmentId, cancellationToken);
        ParentDepartment = Department.ParentId is { } parentId
            ? await db.Departments.Where(d => d.Id == parentId).Select(d => d.Name).SingleAsync(cancellationToken)
            : null;
        FrameworkName = await db.IndicatorFrameworks.Where(f => f.Id == declaration.FrameworkId).Select(f => f.Name).SingleAsync(cancellationToken);
        Tree = IndicatorTree.Build(declaration.Indicators);
        return Page();
    }
}
