using System.ComponentModel.DataAnnotations;
using PerfTargets.Core.Money;
using PerfTargets.Data.Declarations;
using PerfTargets.Data.Queries;

namespace PerfTargets.Web.Pages.Declarations;

/// <summary>新建申报表: the few facts a declaration starts from; everything else is filled in the editor.</summary>
[Authorize(Policy = AccountRoles.Filer)]
public sealed class CreateModel(PerfTargetsDbContext db, DraftDeclarations drafts, TimeProvider clock) : PageModel
{
    [BindProperty]
    public NewDeclaration Input { get; set; } = new();

    public EditorChoices Choices { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Choices = (await EditorChoices.LoadAsync(db, cancellationToken)).ForDepartment(User.DepartmentId());
        Input.BudgetYear = clock.GetLocalNow().Year + 1;
        Input.DepartmentId = User.DepartmentId() ?? 0;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Choices = (await EditorChoices.LoadAsync(db, cancellationToken)).ForDepartment(User.DepartmentId());
        if (Input.DepartmentId != 0 && Choices.Departments.All(d => d.Id != Input.DepartmentId))
        {
            ModelState.AddModelError("Input.DepartmentId", "请选择填报单位。");
        }

        var frameworkId = Input.FrameworkId is > 0 ? Input.FrameworkId.Value : Choices.DefaultFrameworkFor(Input.BudgetYear);
        if (Choices.Frameworks.All(f => f.Id != frameworkId))
        {
            ModelState.AddModelError("Input.FrameworkId", "请选择指标体系。");
        }

        var declaration = new Declaration
        {
            BudgetYear = Input.BudgetYear,
            ProjectName = Input.ProjectName?.Trim() ?? string.Empty,
            DepartmentId = Input.DepartmentId,
            Kind = Input.Kind,
            FrameworkId = frameworkId,
            MoneyUnit = Input.MoneyUnit,
        };
        foreach (var problem in Core.Validation.DeclarationCheck.StorageProblems(declaration))
        {
            ModelState.AddModelError($"Input.{char.ToUpperInvariant(problem.Path[0])}{problem.Path[1..]}", problem.Message);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var created = await drafts.CreateAsync(declaration, HttpContext.Actor(), cancellationToken);
        TempData[Edit.EditModel.SavedMessageKey] = "已新建申报表，请继续填写各部分内容。";
        return RedirectToPage(Edit.EditModel.PageName, new { id = created.Id });
    }

    /// <summary>The facts asked for on the new-declaration page.</summary>
    public sealed class NewDeclaration
    {
        [Display(Name = "预算年度")]
        public int BudgetYear { get; set; }

        [Display(Name = "项目名称")]
        public string? ProjectName { get; set; }

        [Display(Name = "填报单位")]
        public int DepartmentId { get; set; }

        [Display(Name = "项目属性")]
        public ProjectKind Kind { get; set; } = ProjectKind.New;

        /// <summary>Empty for the default the admin set for the year.</summary>
        [Display(Name = "指标体系")]
        public int? FrameworkId { get; set; }

        [Display(Name = "金额单位")]
        public MoneyUnit MoneyUnit { get; set; } = MoneyUnit.TenThousandYuan;
    }
}
