using PerfTargets.Core.Departments;
using PerfTargets.Core.Money;
using PerfTargets.Core.Review;
using PerfTargets.Core.Rounds;
using PerfTargets.Core.Validation;
using PerfTargets.Data.Reports;
using PerfTargets.Data.Queries;
using PerfTargets.Data.Review;
using PerfTargets.Data.Rounds;
using PerfTargets.Web.Exchange;

namespace PerfTargets.Web.Pages.Declarations;

/// <summary>
/// 申报表列表: filtered by budget year, department or 主管部门, state, the section awaited and what the
/// rules find (<see cref="ListFilter"/>), newest year first, paged, with the 年度资金 of all it filtered in one unit.
/// </summary>
public sealed class IndexModel(PerfTargetsDbContext db, ReportDesk reports, TimeProvider clock) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "department")]
    public int? DepartmentId { get; set; }

    /// <summary>A 主管部门: its own declarations and those of the units under it (<see cref="SupervisorGroups"/>).</summary>
    [BindProperty(SupportsGet = true, Name = "supervisor")]
    public int? SupervisorId { get; set; }

    /// <summary>draft, returned, submitted or approved (<see cref="FilingStates"/>).</summary>
    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    /// <summary>Only those returned by a reviewer and not yet resubmitted: the filer's 被退回 notice links here (as state=returned).</summary>
    [BindProperty(SupportsGet = true)]
    public bool Returned { get; set; }

    /// <summary>The review section they wait on (待该科室审核).</summary>
    [BindProperty(SupportsGet = true, Name = "section")]
    public int? SectionId { get; set; }

    /// <summary>errors or warnings: only those the rules find one in.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Problems { get; set; }

    /// <summary>The one unit every amount shows in, and the 合计 row.</summary>
    [BindProperty(SupportsGet = true)]
    public MoneyUnit Unit { get; set; }

    // "page" is Razor Pages' own route value, so the page number travels as "p".
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<DeclarationListEntry> Rows { get; private set; } = [];

    /// <summary>The review sections, to name the step each row is at.</summary>
    public ReviewChain Chain { get; private set; } = new([]);

    /// <summary>The filters as read from the address; one not understood is left out.</summary>
    public ListFilter Filter { get; private set; } = new();

    public int TotalCount { get; private set; }

    /// <summary>年度资金 of every declaration filtered, on all pages.</summary>
    public decimal AnnualTotal { get; private set; }

    public bool IsFiltered => !Filter.IsEmpty;

    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);

    /// <summary>The years, departments and 主管部门 to filter by.</summary>
    public FilterChoices Choices { get; private set; } = new([], [], []);

    /// <summary>The rounds that expect the filer's department, with its deadline in each.</summary>
    public IReadOnlyList<(int BudgetYear, SubmissionDeadline Deadline)> Deadlines { get; private set; } = [];

    /// <summary>The years the filtered department has a 部门整体绩效目标 for.</summary>
    public IReadOnlyList<int> GoalYears { get; private set; } = [];

    /// <summary>
    /// The years offered to fill a 部门整体绩效目标 in: those the department declares projects for (or the
    /// year filtered by) without one yet; next year when it has none at all.
    /// </summary>
    public IReadOnlyList<int> MissingGoalYears { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = await FilterAsync(cancellationToken);

        // A filer's own department, or the one an admin filtered by, links to its yearly goals.
        if ((DepartmentId ?? User.DepartmentId()) is { } goalsOf)
        {
            GoalYears = await db.DepartmentPerformanceGoals.Where(g => g.DepartmentId == goalsOf)
                .OrderBy(g => g.BudgetYear).Select(g => g.BudgetYear).ToListAsync(cancellationToken);
            // A filer's own years are already read: the year filter offers exactly those.
            var declared = goalsOf == User.SeesOnlyDepartment() ? Choices.Years
                : await db.Declarations.Where(d => d.DepartmentId == goalsOf).Select(d => d.BudgetYear).Distinct().ToListAsync(cancellationToken);
            IEnumerable<int> years = Year is { } filtered ? [filtered] : declared.Count > 0 ? declared : [clock.GetUtcNow().Year + 1];
            MissingGoalYears = [.. years.Except(GoalYears).Order()];
        }

        if (User.IsFiler() && User.DepartmentId() is { } own)
        {
            Deadlines = await db.DeadlinesOfAsync(own, ChinaCalendar.Day(clock.GetUtcNow().UtcDateTime), cancellationToken: cancellationToken);
        }

        TotalCount = await query.CountAsync(cancellationToken);
        AnnualTotal = await query.AnnualTotalAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = await db.ListPageAsync(query, PageNumber, PageSize, TotalCount, cancellationToken);
    }

    /// <summary>导出 Excel (?handler=xlsx): every declaration the filters pass, on all pages, in the chosen unit.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken cancellationToken)
    {
        var query = await FilterAsync(cancellationToken);
        var count = await query.CountAsync(cancellationToken);
        var total = await query.AnnualTotalAsync(cancellationToken);
        var export = ListExport.For(User, clock.GetUtcNow().UtcDateTime, Unit, Filter.Describe(Choices, Chain));
        var name = $"{ListWorkbook.Title}{(Year is { } year ? $"-{year}年度" : string.Empty)}.xlsx";
        var glances = ListWorkbook.ReportsColumn(await reports.GlancesAsync(query.Select(d => d.Id), cancellationToken));
        return new WorkbookFile(name, (stream, aborted) => ListWorkbook.WriteAsync(stream, db, query, count, total, Chain, export, glances, aborted));
    }

    /// <summary>The same list as a workbook.</summary>
    public string ExcelLink => Filter.Link("/declarations", Unit, "xlsx");

    /// <summary>Reads the filters from the address and applies them to what the user may see.</summary>
    private async Task<IQueryable<Declaration>> FilterAsync(CancellationToken cancellationToken)
    {
        // A malformed filter in the address (?year=abc) is ignored rather than refused.
        ModelState.Clear();
        Chain = await db.LoadChainAsync(cancellationToken);
        var visible = db.Declarations.VisibleTo(User, Chain);
        Choices = await FilterChoices.LoadAsync(db, User, visible, cancellationToken);
        Filter = new ListFilter(Year, DepartmentId, SupervisorId,
            FilingStates.TryParse(State, out var state) ? state : Returned ? FilingState.Returned : null,
            SectionId, ProblemFilters.TryParse(Problems, out var problems) ? problems : null);
        return await Filter.ApplyAsync(db, visible, cancellationToken);
    }

    /// <summary>Keeps the current filters and unit in a link to another page of the list.</summary>
    public Dictionary<string, string> RouteFor(int page)
    {
        var values = Filter.RouteValues(Unit);
        values["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return values;
    }
}
