using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Accounts;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Departments;
using PerfTargets.Data;
using PerfTargets.Data.Declarations;
using PerfTargets.Data.Departments;
using PerfTargets.Pdf.Layouts;
using PerfTargets.Web.Accounts;
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
        Input = new GoalForm
        {
            ConcurrencyStamp = goal.ConcurrencyStamp,
            OverallGoal = goal.OverallGoal,
            Safeguards = goal.Safeguards,
            Duties = [.. goal.DutyGoals.Select(d => new DutyForm { Duty = d.Duty, Goal = d.Goal })],
        };
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
        goal.OverallGoal = Input.OverallGoal?.Trim() ?? string.Empty;
        goal.Safeguards = string.IsNullOrWhiteSpace(Input.Safeguards) ? null : Input.Safeguards.Trim();
        var duties = Input.Duties.Where(d => !string.IsNullOrWhiteSpace(d.Duty) || !string.IsNullOrWhiteSpace(d.Goal)).ToList();
        goal.DutyGoals = duties.Select((d, i) => new DutyGoal { Sequence = i + 1, Duty = d.Duty?.Trim() ?? string.Empty, Goal = d.Goal?.Trim() ?? string.Empty }).ToList();
        Input.Duties = duties;

        foreach (var failure in new DepartmentPerformanceGoalValidator().Validate(goal).Errors)
        {
            ModelState.AddModelError(FieldOf(failure.PropertyName), failure.ErrorMessage);
        }

        if (!ModelState.IsValid)
        {
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

    /// <summary>"DutyGoals[2].Goal" → "Input.Duties[2].Goal", where the form shows it.</summary>
    private static string FieldOf(string property) =>
        "Input." + property.Replace("DutyGoals", nameof(GoalForm.Duties), StringComparison.Ordinal)
                           .Replace(nameof(DepartmentPerformanceGoal.OverallGoal), nameof(GoalForm.OverallGoal), StringComparison.Ordinal);

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

    /// <summary>The goal as the page posts it.</summary>
    public sealed class GoalForm
    {
        public Guid ConcurrencyStamp { get; set; }

        public string? OverallGoal { get; set; }

        public List<DutyForm> Duties { get; set; } = [];

        public string? Safeguards { get; set; }
    }

    /// <summary>One 分项绩效目标 row.</summary>
    public sealed class DutyForm
    {
        public string? Duty { get; set; }

        public string? Goal { get; set; }
    }
}
