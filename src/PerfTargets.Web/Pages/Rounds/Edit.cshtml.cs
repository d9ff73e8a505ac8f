using PerfTargets.Core.Rounds;
using PerfTargets.Data.Rounds;

namespace PerfTargets.Web.Pages.Rounds;

/// <summary>开启 or 修改 a 申报批次: name, budget year, opening and closing days, notice and the departments expected to file.</summary>
[Authorize(Policy = AccountRoles.Admin)]
public sealed class EditModel(PerfTargetsDbContext db, RoundChanges changes) : PageModel
{
    [BindProperty]
    public RoundInput Input { get; set; } = new();

    public int RoundId { get; private set; }

    public IReadOnlyList<(int Id, string Code, string Name)> Departments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        await LoadDepartmentsAsync(cancellationToken);
        if (id is null)
        {
            Input = new RoundInput { DepartmentIds = [.. Departments.Select(d => d.Id)] };
            return Page();
        }

        var round = await db.FindRoundAsync(id.Value, cancellationToken);
        if (round is null)
        {
            return NotFound();
        }

        RoundId = round.Id;
        Input = RoundInput.From(round);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        await LoadDepartmentsAsync(cancellationToken);
        RoundId = id ?? 0;
        if (id is { } existing && !await db.FilingRounds.AnyAsync(r => r.Id == existing, cancellationToken))
        {
            return NotFound();
        }

        var known = Departments.Select(d => d.Id).ToHashSet();
        Input.DepartmentIds = [.. Input.DepartmentIds.Where(known.Contains).Distinct()];
        var round = Input.ToRound(RoundId);
        if (ModelState.IsValid)
        {
            foreach (var failure in new FilingRoundValidator().Validate(round).Errors)
            {
                ModelState.AddModelError($"{nameof(Input)}.{(failure.PropertyName == nameof(FilingRound.Departments) ? nameof(RoundInput.DepartmentIds) : failure.PropertyName)}", failure.ErrorMessage);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await changes.SaveAsync(round, Input.DepartmentIds, HttpContext.Actor(), cancellationToken) is not { } saved)
        {
            ModelState.AddModelError("Input.BudgetYear", $"{round.BudgetYear}年度已有申报批次，请修改那个批次。");
            return Page();
        }

        return Redirect($"/rounds/{saved}");
    }

    private async Task LoadDepartmentsAsync(CancellationToken cancellationToken) =>
        Departments = (await db.Departments.AsNoTracking().OrderBy(d => d.Code).Select(d => new { d.Id, d.Code, d.Name }).ToListAsync(cancellationToken))
            .Select(d => (d.Id, d.Code, d.Name)).ToList();
}
