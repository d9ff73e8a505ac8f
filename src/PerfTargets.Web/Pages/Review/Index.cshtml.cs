using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using PerfTargets.Core.Money;
using PerfTargets.Core.Validation;
using PerfTargets.Data.Queries;
using PerfTargets.Data.Review;
using PerfTargets.Web.Exchange;

namespace PerfTargets.Web.Pages.Review;

/// <summary>待审队列: what waits on the reviewer's section, oldest submission first, filtered by year, department and name.</summary>
[Authorize(Policy = AccountRoles.Reviewer)]
public sealed class IndexModel(PerfTargetsDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "department")]
    public int? DepartmentId { get; set; }

    /// <summary>Part of the project name.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    /// <summary>The one unit every amount shows in, on the page and in its export.</summary>
    [BindProperty(SupportsGet = true)]
    public MoneyUnit Unit { get; set; }

    public string SectionName { get; private set; } = string.Empty;

    /// <summary>Everything waiting on the section, before filters.</summary>
    public int WaitingCount { get; private set; }

    /// <summary>Waiting declarations by budget year, before filters.</summary>
    public IReadOnlyList<(int Year, int Count)> YearCounts { get; private set; } = [];

    public IReadOnlyList<(int Id, string Name, int Count)> DepartmentCounts { get; private set; } = [];

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyDictionary<int, ProblemCount> Problems { get; private set; } = new Dictionary<int, ProblemCount>();

    [TempData]
    public string? ReviewMessage { get; set; }

    /// <summary>Where a declaration this reviewer acted on has gone, when they asked for it.</summary>
    [TempData]
    public string? ReviewNotice { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : Forbid();

    /// <summary>导出 Excel (?handler=xlsx): the queue as filtered, oldest first, amounts in the chosen unit.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Forbid();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var export = ListExport.For(User, now, Unit, Scope());
        return new WorkbookFile($"待审申报表-{SectionName}.xlsx", stream => QueueWorkbook.Write(stream, Rows, Problems, now, export));
    }

    /// <summary>The same queue as a workbook.</summary>
    public string ExcelLink => QueryHelpers.AddQueryString("/review", new Dictionary<string, string?>
    {
        ["handler"] = "xlsx",
        ["year"] = Year?.ToString(CultureInfo.InvariantCulture),
        ["department"] = DepartmentId?.ToString(CultureInfo.InvariantCulture),
        ["q"] = Search,
        ["unit"] = Unit.ToString(),
    }.Where(v => !string.IsNullOrEmpty(v.Value)));

    /// <summary>Reads what waits on the reviewer's section and the rows the filters pass; false for a user with no section.</summary>
    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (User.ReviewSectionId() is not { } section)
        {
            return false;
        }

        SectionName = (await db.LoadChainAsync(cancellationToken)).Find(section)?.Name ?? string.Empty;
        var waiting = db.Declarations.AsNoTracking().Where(d => d.Status == DeclarationStatus.Submitted && d.Review.AwaitingSectionId == section);
        WaitingCount = await waiting.CountAsync(cancellationToken);
        YearCounts = (await waiting.GroupBy(d => d.BudgetYear).Select(g => new { g.Key, Count = g.Count() }).OrderByDescending(g => g.Key).ToListAsync(cancellationToken))
            .Select(g => (g.Key, g.Count)).ToList();
        DepartmentCounts = (await waiting.GroupBy(d => d.DepartmentId).Select(g => new { g.Key, Count = g.Count() })
                .Join(db.Departments, g => g.Key, d => d.Id, (g, d) => new { d.Id, d.Name, d.Code, g.Count }).OrderBy(d => d.Code).ToListAsync(cancellationToken))
            .Select(d => (d.Id, d.Name, d.Count)).ToList();

        var query = waiting;
        if (Year is { } year)
        {
            query = query.Where(d => d.BudgetYear == year);
        }

        if (DepartmentId is { } department)
        {
            query = query.Where(d => d.DepartmentId == department);
        }

        // A search term is never stored: invisible characters (a NUL the database would refuse) are dropped.
        if (SearchText is { Length: > 0 } text)
        {
            query = query.Where(d => d.ProjectName.Contains(text));
        }

        Rows = await query
            .OrderBy(d => d.Review.SubmittedAt).ThenBy(d => d.Id)
            .Join(db.Departments, d => d.DepartmentId, dept => dept.Id, (d, dept) => new Row(
                d.Id, d.BudgetYear, d.ProjectName, dept.Name, d.Review.SubmittedAt, d.Review.VersionCount, d.AnnualFunding.Total))
            .ToListAsync(cancellationToken);
        Problems = await db.CountProblemsAsync(Rows.Select(r => r.Id).ToList(), cancellationToken);
        return true;
    }

    private string SearchText => TextCharacters.WithoutForbidden(Search ?? string.Empty).Trim();

    /// <summary>What the export covers, in words.</summary>
    private string Scope()
    {
        string?[] parts =
        [
            $"待{SectionName}审核",
            Year is { } year ? $"预算年度：{year.ToString(CultureInfo.InvariantCulture)}年" : null,
            DepartmentId is { } department ? $"填报单位：{DepartmentCounts.FirstOrDefault(d => d.Id == department).Name}" : null,
            SearchText is { Length: > 0 } text ? $"项目名称含“{text}”" : null,
        ];
        return string.Join("　", parts.OfType<string>());
    }

    public sealed record Row(int Id, int BudgetYear, string ProjectName, string Department, DateTime? SubmittedAt, int Version, decimal? AnnualTotal);
}
