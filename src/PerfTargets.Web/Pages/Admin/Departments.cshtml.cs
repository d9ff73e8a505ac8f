using PerfTargets.Core.Auditing;
using PerfTargets.Core.Departments;
using PerfTargets.Data.Auditing;

namespace PerfTargets.Web.Pages.Admin;

/// <summary>单位管理: the admin adds the budget units that file declarations and keeps their details and profile.</summary>
[Authorize(Policy = AccountRoles.Admin)]
public sealed class DepartmentsModel(PerfTargetsDbContext db, AuditedChanges audited) : PageModel
{
    public IReadOnlyList<Department> Departments { get; private set; } = [];

    /// <summary>The department being edited; a new one when the id is 0.</summary>
    [BindProperty]
    public Department Input { get; set; } = new();

    [TempData]
    public string? DepartmentMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int? edit, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (edit is { } id)
        {
            var department = await db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
            if (department is null)
            {
                return NotFound();
            }

            Input = department;
        }

        return Page();
    }

    /// <summary>
    /// Units sit one level under a 主管部门, as the 汇总表 groups them (<see cref="SupervisorGroups"/>): the
    /// 主管部门 chosen must sit under none, and a unit others sit under cannot itself be put under one —
    /// which also keeps two units from being each other's 主管部门.
    /// </summary>
    private string? ParentProblem(int parentId)
    {
        if (Departments.FirstOrDefault(d => d.Id == parentId) is not { } parent)
        {
            return "请选择主管部门。";
        }

        if (Input.Id != 0 && Departments.FirstOrDefault(d => d.ParentId == Input.Id) is { } below)
        {
            return $"本单位是“{below.Name}”等单位的主管部门，不能再隶属其他单位。";
        }

        return parent.Id != Input.Id && parent.ParentId is { } above
            ? $"“{parent.Name}”本身隶属于“{Departments.FirstOrDefault(d => d.Id == above)?.Name}”，不能作为主管部门：请选择不隶属其他单位的单位。"
            : null;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Input.Code = Input.Code?.Trim() ?? string.Empty;
        Input.Name = Input.Name?.Trim() ?? string.Empty;
        Input.Profile ??= new UnitProfile();
        // The validator says in Chinese what is missing; the binder's own "required" of the entity's
        // non-nullable strings would say it again under the property's name (请填写Code).
        ModelState.Remove($"{nameof(Input)}.{nameof(Department.Code)}");
        ModelState.Remove($"{nameof(Input)}.{nameof(Department.Name)}");
        foreach (var failure in new DepartmentValidator().Validate(Input).Errors)
        {
            ModelState.AddModelError($"Input.{failure.PropertyName}", failure.ErrorMessage);
        }

        if (Input.ParentId is { } parent && ParentProblem(parent) is { } problem)
        {
            ModelState.AddModelError("Input.ParentId", problem);
        }

        if (await db.Departments.AnyAsync(d => d.Code == Input.Code && d.Id != Input.Id, cancellationToken))
        {
            ModelState.AddModelError("Input.Code", $"单位编码“{Input.Code}”已被使用。");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (Input.Id == 0)
        {
            db.Departments.Add(Input);
        }
        else
        {
            var stored = await db.Departments.FirstOrDefaultAsync(d => d.Id == Input.Id, cancellationToken);
            if (stored is null)
            {
                return NotFound();
            }

            stored.Code = Input.Code;
            stored.Name = Input.Name;
            stored.ParentId = Input.ParentId;
            stored.Profile = Input.Profile;
        }

        await audited.CommitAsync(new AuditNote(AuditAction.SettingsChanged, HttpContext.Actor(), Detail: $"保存单位“{Input.Name}”"), cancellationToken);
        DepartmentMessage = $"已保存单位“{Input.Name}”。";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Departments = await db.Departments.AsNoTracking().OrderBy(d => d.Code).ToListAsync(cancellationToken);
}
