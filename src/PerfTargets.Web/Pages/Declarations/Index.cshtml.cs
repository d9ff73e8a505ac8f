using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Money;
using PerfTargets.Core.Review;
using PerfTargets.Core.Validation;
using PerfTargets.Data;
using PerfTargets.Data.Queries;
using PerfTargets.Data.Review;
using PerfTargets.Web.Accounts;

namespace PerfTargets.Web.Pages.Declarations;

/// <summary>申报表列表: filter by budget year and department, newest year first, paged.</summary>
public sealed class IndexModel(PerfTargetsDbContext db) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "department")]
    public int? DepartmentId { get; set; }

    /// <summary>Only those returned by a reviewer and not yet resubmitted (the filer's 被退回 notice links here).</summary>
    [BindProperty(SupportsGet = true)]
    public bool Returned { get; set; }

    // "page" is Razor Pages' own route value, so the page number travels as "p".
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<DeclarationListEntry> Rows { get; private set; } = [];

    /// <summary>The review sections, to name the step each row is at.</summary>
    public ReviewChain Chain { get; private set; } = new([]);

    public int TotalCount { get; private set; }

    public bool IsFiltered => Year is not null || DepartmentId is not null || Returned;

    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);

    public IReadOnlyList<int> Years { get; private set; } = [];

    /// <summary>The years the filtered department has a 部门整体绩效目标 for.</summary>
    public IReadOnlyList<int> GoalYears { get; private set; } = [];

    public IReadOnlyList<(int Id, string Name)> Departments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // A malformed filter in the address (?year=abc) is ignored rather than refused.
        ModelState.Clear();
        Chain = await db.LoadChainAsync(cancellationToken);
        var visible = db.Declarations.VisibleTo(User, Chain);
        Years = await visible.Select(d => d.BudgetYear).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
        var ownDepartment = User.IsAdmin() || User.IsReviewer() ? null : User.DepartmentId();
        Departments = (await db.Departments.Where(d => ownDepartment == null || d.Id == ownDepartment).OrderBy(d => d.Code).Select(d => new { d.Id, d.Name }).ToListAsync(cancellationToken))
            .Select(d => (d.Id, d.Name)).ToList();

        var query = visible;
        if (Year is { } year)
        {
            query = query.Where(d => d.BudgetYear == year);
        }

        if (DepartmentId is { } departmentId)
        {
            query = query.Where(d => d.DepartmentId == departmentId);
        }

        if (Returned)
        {
            query = query.WhereReturned();
        }

        // A filer's own department, or the one an admin filtered by, links to its yearly goals.
        if ((DepartmentId ?? User.DepartmentId()) is { } goalsOf)
        {
            GoalYears = await db.DepartmentPerformanceGoals.Where(g => g.DepartmentId == goalsOf)
                .OrderBy(g => g.BudgetYear).Select(g => g.BudgetYear).ToListAsync(cancellationToken);
        }

        TotalCount = await query.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = await db.ListPageAsync(query, PageNumber, PageSize, TotalCount, cancellationToken);
    }

    /// <summary>Keeps the current filters in a link to another page of the list.</summary>
    public Dictionary<string, string> RouteFor(int page)
    {
        var values = new Dictionary<string, string> { ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (Year is { } year)
        {
            values["year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (DepartmentId is { } department)
        {
            values["department"] = department.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (Returned)
        {
            values["returned"] = "true";
        }

        return values;
    }
}
