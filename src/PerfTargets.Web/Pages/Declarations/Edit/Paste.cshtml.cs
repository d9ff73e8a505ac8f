using PerfTargets.Core.Money;
using PerfTargets.Core.Review;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Declarations;
using PerfTargets.Data.Queries;
using PerfTargets.Sheets.Pasting;

namespace PerfTargets.Web.Pages.Declarations.Edit;

/// <summary>
/// 从Excel粘贴: the editor's script posts a block copied from a spreadsheet here, with where it lands;
/// the block is read as the import reads a file (Sheets' <see cref="PastedIndicators"/>,
/// <see cref="PastedBudgetLines"/>) and answered as the fields to fill (<see cref="PasteAnswer"/>).
/// Nothing is stored: the filer sees the grid filled, can undo it, and saves as usual.
/// </summary>
[Authorize(Policy = AccountRoles.Filer)]
public sealed class PasteModel(PerfTargetsDbContext db, DraftDeclarations drafts, AuditTrail audit) : PageModel
{
    /// <summary>This page, for the editor's link to it.</summary>
    public const string PageName = "/Declarations/Edit/Paste";

    /// <summary>The grid pasted into: <c>indicators</c> or <c>budget-lines</c>, as the editor's tables name them.</summary>
    [BindProperty]
    public string? Grid { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    /// <summary>The name of the focused field in its row ("Annual.Value", "Amount").</summary>
    [BindProperty]
    public string? Field { get; set; }

    /// <summary>The framework and unit chosen in the form, which may not be saved yet.</summary>
    [BindProperty]
    public int? FrameworkId { get; set; }

    [BindProperty]
    public MoneyUnit MoneyUnit { get; set; }

    [BindProperty]
    public bool AnnualOnly { get; set; }

    [BindProperty]
    public string? Level1Above { get; set; }

    [BindProperty]
    public string? Level2Above { get; set; }

    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var declaration = (await drafts.FindOwnAsync(HttpContext, audit, id, "粘贴", cancellationToken)).Declaration;
        if (declaration is null)
        {
            return NotFound();
        }

        if (WorkflowStatus.WhyNotEditable(declaration.Status) is { } locked)
        {
            return new JsonResult(new PasteAnswer([], [], [locked])) { StatusCode = StatusCodes.Status409Conflict };
        }

        if (Text?.Length > ClipboardTable.MaxCharacters)
        {
            return new JsonResult(PasteAnswer.TooLarge);
        }

        if (Grid == "budget-lines")
        {
            var unit = Enum.IsDefined(MoneyUnit) ? MoneyUnit : declaration.MoneyUnit;
            return new JsonResult(PasteAnswer.Of(PastedBudgetLines.Read(Text ?? string.Empty, unit, PasteAnswer.BudgetLineStart(Field)), unit));
        }

        var frameworkId = FrameworkId ?? declaration.FrameworkId;
        var framework = await db.FindFrameworkAsync(frameworkId, cancellationToken) ?? await db.FrameworkAsync(declaration.FrameworkId, cancellationToken);
        var target = new IndicatorPasteTarget(PasteAnswer.IndicatorStart(Field), AnnualOnly, Level1Above, Level2Above);
        return new JsonResult(PasteAnswer.Of(PastedIndicators.Read(Text ?? string.Empty, framework, target)));
    }
}
