using PerfTargets.Core.Rounds;
using PerfTargets.Data.Rounds;

namespace PerfTargets.Web.Pages.Rounds;

/// <summary>
/// 预置延续项目: first what the round would pre-create (last year's approved projects of its departments,
/// per department), then, on 预置, all of it at once; the filers find the drafts in their list.
/// </summary>
[Authorize(Policy = AccountRoles.Admin)]
public sealed class ContinuingModel(PerfTargetsDbContext db, ContinuingDrafts continuing) : PageModel
{
    public FilingRound Round { get; private set; } = null!;

    public IReadOnlyList<(string Department, IReadOnlyList<string> Projects)> Planned { get; private set; } = [];

    [TempData]
    public string? ContinuingMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.FindRoundAsync(id, cancellationToken) is not { } round)
        {
            return NotFound();
        }

        Round = round;
        Planned = await continuing.PreviewAsync(round, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.FindRoundAsync(id, cancellationToken) is not { } round)
        {
            return NotFound();
        }

        var created = await continuing.CreateAsync(round, HttpContext.Actor(), cancellationToken);
        ContinuingMessage = created > 0
            ? $"已预置 {created} 份延续项目草稿，各单位可在申报表列表中找到并继续填写。"
            : "没有需要预置的延续项目：各单位已有同名项目，或上一年度没有已批复的申报表。";
        return RedirectToPage(new { id });
    }
}
