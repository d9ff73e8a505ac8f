using PerfTargets.Core.Rounds;

namespace PerfTargets.Web.Pages.Rounds;

/// <summary>申报批次: the rounds the finance office has opened, newest budget year first, each linking to its desk.</summary>
[Authorize(Policy = AccountRoles.Admin)]
public sealed class IndexModel(PerfTargetsDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<FilingRound> Rounds { get; private set; } = [];

    public DateOnly Today { get; private set; }

    [TempData]
    public string? RoundMessage { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = ChinaCalendar.Day(clock.GetUtcNow().UtcDateTime);
        Rounds = await db.FilingRounds.AsNoTracking().Include(r => r.Departments).OrderByDescending(r => r.BudgetYear).ToListAsync(cancellationToken);
    }
}
