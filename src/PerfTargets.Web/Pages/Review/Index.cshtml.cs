using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Accounts;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Money;
using PerfTargets.Core.Validation;
using PerfTargets.Data;
using PerfTargets.Data.Queries;
using PerfTargets.Web.Accounts;

namespace PerfTargets.Web.Pages.Review;

/// <summary>待审队列: what waits on the reviewer's section, oldest submission first, filtered by year, department and name.</summary>
[Authorize(Policy = AccountRoles.Reviewer)]
public sealed class IndexModel(PerfTargetsDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "department")]
    public int? DepartmentId { get; set; }

    /// <summary>Part of the project name.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

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

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (User.ReviewSectionId() is not { } section)
        {
            return Forbid();
        }

        SectionName = await db.ReviewSections.Where(s => s.Id == section).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken) ?? string.Empty;
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
        if (TextCharacters.WithoutForbidden(Search ?? string.Empty).Trim() is { Length: > 0 } text)
        {
            query = query.Where(d => d.ProjectName.Contains(text));
        }

        Rows = await query
            .OrderBy(d => d.Review.SubmittedAt).ThenBy(d => d.Id)
            .Join(db.Departments, d => d.DepartmentId, dept => dept.Id, (d, dept) => new Row(
                d.Id, d.BudgetYear, d.ProjectName, dept.Name, d.Review.SubmittedAt, d.Review.VersionCount, d.AnnualFunding.Total, d.MoneyUnit))
            .ToListAsync(cancellationToken);
        Problems = await db.CountProblemsAsync(Rows.Select(r => r.Id).ToList(), cancellationToken);
        return Page();
    }

    public sealed record Row(int Id, int BudgetYear, string ProjectName, string Department, DateTime? SubmittedAt, int Version, decimal? AnnualTotal, MoneyUnit MoneyUnit);
}
