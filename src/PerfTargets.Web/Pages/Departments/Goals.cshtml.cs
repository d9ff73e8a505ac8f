using PerfTargets.Core.Departments;
using PerfTargets.Core.Taxonomy;
using PerfTargets.Data.Declarations;
using PerfTargets.Data.Departments;
using PerfTargets.Pdf.Layouts;
using PerfTargets.Web.Printing;

namespace PerfTargets.Web.Pages.Departments;

/// <summary>部门整体绩效目标 of one department and year: 总体绩效目标, 分项绩效目标 by duty, 工作保障措施.</summary>
[Authorize(Policy = AccountRoles.Filer)]
public sealed class GoalsModel(PerfTargetsDbContext db, DepartmentGoals goals, PrintLayouts layouts, DepartmentPrints prints) : PageModel
{
    /// <summary>The layout the print button offers first.</summary>
    public string DefaultLayout { get; private set; } = LayoutCatalog.DefaultKey;

    /// <summary>Blank duty rows offered below the filled ones; blank rows are not saved.</summary>
    public const int BlankDutyRows = 3;

    /// <summary>Blank rows of the money block and of the indicator table, likewise.</summary>
    public const int BlankSourceRows = 3;

    public const int BlankIndicatorRows = 5;

    [BindProperty]
    public GoalForm Input { get; set; } = new();

    public Department Department { get; private set; } = null!;

    public int BudgetYear { get; private set; }

    public bool IsNew { get; private set; }

    /// <summary>The project declarations the year's document prints.</summary>
    public int PrintCount { get; private set; }

    public bool ChangedByOthers { get; private set; }

    [TempData]
    public string? GoalSavedMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, int year, CancellationToken cancellationToken)
    {
        if (!await LoadDepartmentAsync(id, year, cancellationToken))
        {
            return NotFound();
        }

        var goal = await goals.FindOrNewAsync(id, year, cancellationToken);
        IsNew = goal.Id == 0;
        Input = GoalForm.From(goal);
        await ReconcileAsync(goal, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int year, CancellationToken cancellationToken)
    {
        if (!await LoadDepartmentAsync(id, year, cancellationToken))
        {
            return NotFound();
        }

        var goal = await goals.FindOrNewAsync(id, year, cancellationToken);
        IsNew = goal.Id == 0;
        foreach (var (field, message) in Input.ApplyTo(goal))
        {
            ModelState.AddModelError(field, message);
        }

        foreach (var failure in new DepartmentPerformanceGoalValidator().Validate(goal).Errors.Where(f => ModelState[FieldOf(f.PropertyName)] is not { Errors.Count: > 0 }))
        {
            ModelState.AddModelError(FieldOf(failure.PropertyName), failure.ErrorMessage);
        }

        if (!ModelState.IsValid)
        {
            await ReconcileAsync(goal, cancellationToken);
            return Page();
        }

        if (await goals.SaveAsync(goal, Input.ConcurrencyStamp, cancellationToken) == SaveOutcome.ChangedByOthers)
        {
            ChangedByOthers = true;
            ModelState.AddModelError(string.Empty, "该部门整体绩效目标已被他人修改并保存，您的修改没有保存。");
            return Page();
        }

        GoalSavedMessage = "已保存部门整体绩效目标。";
        return RedirectToPage(new { id, year });
    }

    /// <summary>The 一级 and 二级 names of the shipped frameworks, offered while typing the table.</summary>
    public static (IReadOnlyList<string> Level1s, IReadOnlyList<string> Level2s) LevelNames { get; } = NamesOf(StandardFrameworks.Create());

    private static (IReadOnlyList<string>, IReadOnlyList<string>) NamesOf(IReadOnlyList<IndicatorFramework> frameworks) =>
        ([.. frameworks.SelectMany(f => f.Level1s).Select(l => l.Name).Distinct()],
         [.. frameworks.SelectMany(f => f.Level1s).SelectMany(l => l.Level2s).Select(l => l.Name).Distinct()]);

    /// <summary>部门预算与项目资金的核对, shown as a warning above the money block.</summary>
    public string? BudgetWarning { get; private set; }

    /// <summary>"DutyGoals[2].Goal" → "Input.Duties[2].Goal", "FundingSources[0].Amount" → "Input.Sources[0].Amount", where the form shows it.</summary>
    private static string FieldOf(string property) =>
        "Input." + property.Replace("DutyGoals", nameof(GoalForm.Duties), StringComparison.Ordinal)
                           .Replace(nameof(DepartmentPerformanceGoal.FundingSources), nameof(GoalForm.Sources), StringComparison.Ordinal)
                           .Replace("Annual.Value", nameof(GoalIndicatorForm.Target), StringComparison.Ordinal)
                           .Replace("Annual.Text", nameof(GoalIndicatorForm.Target), StringComparison.Ordinal)
                           .Replace("Annual.Unit", nameof(GoalIndicatorForm.Target), StringComparison.Ordinal);

    private async Task ReconcileAsync(DepartmentPerformanceGoal goal, CancellationToken cancellationToken)
    {
        var (count, total) = await goals.ProjectFundingAsync(goal.DepartmentId, goal.BudgetYear, cancellationToken);
        BudgetWarning = DepartmentBudget.Reconcile(goal, total, count);
    }

    private async Task<bool> LoadDepartmentAsync(int id, int year, CancellationToken cancellationToken)
    {
        var department = await db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (department is null || !BudgetYears.Contains(year) || !User.CanWorkFor(department.Id))
        {
            return false;
        }

        DefaultLayout = (await layouts.DefaultAsync(cancellationToken)).Key;
        PrintCount = await prints.CountAsync(id, year, User, cancellationToken);

        Department = department;
        BudgetYear = year;
        return true;
    }
}
