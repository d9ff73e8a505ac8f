using PerfTargets.Core.Publishing;
using PerfTargets.Core.Review;
using PerfTargets.Core.Rounds;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Publishing;
using PerfTargets.Data.Review;
using PerfTargets.Data.Rounds;
using PerfTargets.Data.Verification;
using PerfTargets.Pdf.Layouts;
using PerfTargets.Web.Printing;
using PerfTargets.Web.Viewing;
using PerfTargets.Data.Queries;

namespace PerfTargets.Web.Pages.Declarations;

/// <summary>
/// One declaration, every section, read-only, with its history; the filer goes on to submit it
/// (提交, confirmed on <see cref="SubmitModel"/>) or withdraws (撤回) it from here.
/// </summary>
public sealed class DetailsModel(PerfTargetsDbContext db, DeclarationReviews reviews, FrozenVersions frozen, AuditTrail audit, PrintLayouts layouts, TimeProvider clock) : PageModel
{
    /// <summary>The round's deadline a draft submits under; null when no round of its year expects its department.</summary>
    public SubmissionDeadline? Deadline { get; private set; }

    /// <summary>The layout the print button offers first.</summary>
    public string DefaultLayout { get; private set; } = LayoutCatalog.DefaultKey;

    public DeclarationView View { get; private set; } = null!;

    public Declaration Declaration => View.Declaration;

    public DeclarationHistory History { get; private set; } = null!;

    public ReviewChain Chain { get; private set; } = null!;

    /// <summary>Why the last action was not done, to show above the form.</summary>
    [TempData]
    public string? Refusal { get; set; }

    [TempData]
    public string? Done { get; set; }

    /// <summary>What a filer of a returned declaration is to do, and where a resubmission goes.</summary>
    public string ResubmitAdvice => ReturnNotices.Advice(Declaration, Chain, ResubmitRule);

    public ResubmitRule ResubmitRule { get; private set; }

    /// <summary>The number of the version returned, when the draft has not changed since: resubmitting it would send the same again.</summary>
    public int? UnchangedSinceReturn { get; private set; }

    /// <summary>Whether the filer may 撤回 now: submitted and nobody has acted on that version.</summary>
    public bool CanWithdraw { get; private set; }

    /// <summary>调整中: the adjustment under way, shown with its reason and the approved version that stands meanwhile.</summary>
    public Adjustment? Adjustment { get; private set; }

    /// <summary>The numbers of the versions approved through the whole chain, oldest first: more than one once adjusted.</summary>
    public IReadOnlyList<int> ApprovedNumbers { get; private set; } = [];

    /// <summary>调整后: when the version the declaration stands approved with was approved through an adjustment; null otherwise.</summary>
    public DateTime? AdjustedAt { get; private set; }

    /// <summary>公开: the declaration's publication record, for the admin's 公开 and 撤回公开; null when never published.</summary>
    public Publication? Publication { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var declaration = await db.FindDeclarationAsync(id, cancellationToken);
        Chain = await db.LoadChainAsync(cancellationToken);
        if (declaration is null)
        {
            return NotFound();
        }

        if (await ActedOnNotices.ForAsync(db, User, declaration, Chain, cancellationToken) is { } notice)
        {
            TempData[nameof(Review.IndexModel.ReviewNotice)] = notice;
            return RedirectToPage("/Review/Index");
        }

        if (!User.CanSee(declaration, Chain))
        {
            return await this.RefuseAsync(audit, id, "查看"); // another department's declaration is not said to exist
        }

        // Once submitted, the page shows what was submitted, checked as the PDF and the API check it.
        var (shown, frozenVersion) = await frozen.LatestAsync(declaration, cancellationToken);
        View = await DeclarationView.LoadAsync(db, shown, frozenVersion, cancellationToken);
        DefaultLayout = (await layouts.DefaultAsync(cancellationToken)).Key;
        ResubmitRule = (await db.LoadReviewSettingsAsync(cancellationToken)).ResubmitRule;
        History = await DeclarationHistory.LoadAsync(db, id, cancellationToken);
        ViewData[AcceptedProblems.Key] = AcceptedProblems.ReadOnly(History); // 例外说明 shown, never offered here
        var current = History.Events.LastOrDefault(e => e.Kind == DeclarationEventKind.Submitted);
        CanWithdraw = declaration.Status == DeclarationStatus.Submitted && current is not null && !History.Reviewed(current.VersionId);
        var approved = await db.ApprovedVersions().Where(v => v.DeclarationId == id).OrderBy(v => v.Number).Select(v => new { v.Id, v.Number }).ToListAsync(cancellationToken);
        ApprovedNumbers = [.. approved.Select(v => v.Number)];
        Adjustment = Adjustment.InProgress(declaration.Status, History.Events);
        if (declaration.Status == DeclarationStatus.Approved)
        {
            Publication = await Publications.OfAsync(db, id, cancellationToken);
            AdjustedAt = approved.Count == 0 ? null : Adjustment.ApprovedAdjustmentAt(History.Events, approved[^1].Id);
        }

        if (declaration.Status == DeclarationStatus.Draft)
        {
            Deadline = await db.DeadlineOfAsync(declaration.BudgetYear, declaration.DepartmentId, ChinaCalendar.Day(clock.GetUtcNow().UtcDateTime), cancellationToken);
        }

        if (User.CanWorkFor(declaration.DepartmentId) && ReturnedDrafts.IsReturned(declaration.Status, declaration.Review) && History.LatestReturn is { } returned)
        {
            var version = await db.DeclarationVersions.AsNoTracking().SingleAsync(v => v.Id == returned.VersionId, cancellationToken);
            UnchangedSinceReturn = DeclarationChanges.Between(DeclarationFacts.Of(await frozen.ReadAsync(version, cancellationToken)), DeclarationFacts.Of(declaration)).Count == 0 ? version.Number : null;
        }
        return Page();
    }

    public Task<IActionResult> OnPostWithdrawAsync(int id, Guid stamp, CancellationToken cancellationToken) =>
        ActAsync(id, () => reviews.WithdrawAsync(id, stamp, HttpContext.Actor(), cancellationToken), "已撤回，申报表回到草稿，可以继续修改。");

    /// <summary>Only a filer of the department acts here; the workflow refuses (and audits) anyone else, shown as not found.</summary>
    private async Task<IActionResult> ActAsync(int id, Func<Task<WorkflowOutcome>> action, string doneMessage)
    {
        var outcome = await action();
        if (!outcome.Done && outcome.Reason == WorkflowRefusal.NotYours)
        {
            return NotFound();
        }

        Done = outcome.Done ? doneMessage : null;
        Refusal = outcome.Done ? null : outcome.Refusal;
        return RedirectToPage(new { id });
    }
}
