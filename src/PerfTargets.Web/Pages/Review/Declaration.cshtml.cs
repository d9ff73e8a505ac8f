using System.ComponentModel.DataAnnotations;
using PerfTargets.Core.Review;
using PerfTargets.Core.Seals;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Review;
using PerfTargets.Data.Seals;
using PerfTargets.Web.Validation;
using PerfTargets.Web.Viewing;
using PerfTargets.Data.Queries;

namespace PerfTargets.Web.Pages.Review;

/// <summary>
/// 审核: the submitted version exactly as frozen, its warnings, what changed since the version last
/// returned, the history, and the opinion box with 通过（盖章） and 退回; at each warning, 接受此项 with
/// a 例外说明, or its acceptance withdrawn.
/// </summary>
[Authorize(Policy = AccountRoles.Reviewer)]
public sealed class DeclarationModel(PerfTargetsDbContext db, DeclarationReviews reviews, ProblemAcceptances acceptances, FrozenVersions frozen, AuditTrail audit) : PageModel
{
    public DeclarationView View { get; private set; } = null!;

    public DeclarationVersion Version { get; private set; } = null!;

    public DeclarationHistory History { get; private set; } = null!;

    public ReviewChain Chain { get; private set; } = null!;

    /// <summary>The live declaration's workflow state.</summary>
    public Declaration Live { get; private set; } = null!;

    /// <summary>Changes since the version returned last; null when there was no return.</summary>
    public IReadOnlyList<DeclarationChange>? Changes { get; private set; }

    /// <summary>The version the changes are counted from.</summary>
    public int? ChangedSince { get; private set; }

    /// <summary>调整中: the adjustment under review, whose changes are counted from the approved version it starts from.</summary>
    public Adjustment? Adjustment { get; private set; }

    /// <summary>Changes since the approved version the adjustment starts from; null when no adjustment is under way.</summary>
    public IReadOnlyList<DeclarationChange>? AdjustmentChanges { get; private set; }

    public int? SectionSealId { get; private set; }

    public bool IsMyTurn { get; private set; }

    [BindProperty]
    [Display(Name = "审核意见")]
    [StringLength(ReviewWorkflow.OpinionMaxLength, ErrorMessage = "审核意见不能超过 {1} 个字。")]
    [PlainText]
    public string? Opinion { get; set; }

    [BindProperty]
    public int VersionId { get; set; }

    /// <summary>例外说明 of the finding accepted (<see cref="ProblemRule"/> at <see cref="ProblemPath"/>).</summary>
    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public string? ProblemRule { get; set; }

    [BindProperty]
    public string? ProblemPath { get; set; }

    /// <summary>The acceptance withdrawn.</summary>
    [BindProperty]
    public int AcceptanceId { get; set; }

    /// <summary>The 例外说明 shown at the problems, and the forms offered there.</summary>
    public AcceptedProblems Accepted { get; private set; } = null!;

    [BindProperty]
    public Guid Stamp { get; set; }

    /// <summary>Why the last decision was not taken: kept over the redirect, so that reloading the page does not post it again.</summary>
    [TempData]
    public string? Refusal { get; set; }

    /// <summary>The opinion of a decision that was not taken, put back in the box after the redirect.</summary>
    [TempData]
    public string? RefusedOpinion { get; set; }

    [TempData]
    public string? ReviewMessage { get; set; }

    /// <summary>What an acceptance or its withdrawal did, said on the page it returns to.</summary>
    [TempData]
    public string? AcceptanceMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken))
        {
            Opinion = RefusedOpinion;
            return Page();
        }

        return await OutOfSightAsync(id, audited: false, cancellationToken);
    }

    public Task<IActionResult> OnPostApproveAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, () => reviews.ApproveAsync(id, VersionId, Stamp, Opinion, HttpContext.Actor(), cancellationToken), incompleteAt: null, () =>
        {
            ReviewMessage = "已审核通过并盖章。";
            return RedirectToPage("/Review/Index");
        }, cancellationToken);

    public Task<IActionResult> OnPostReturnAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, () => reviews.ReturnAsync(id, VersionId, Stamp, Opinion, HttpContext.Actor(), cancellationToken), nameof(Opinion), () =>
        {
            ReviewMessage = "已退回，填报单位将看到您的意见。";
            return RedirectToPage("/Review/Index");
        }, cancellationToken);

    /// <summary>接受此项: the finding stays listed, marked with the note; back on this page.</summary>
    public Task<IActionResult> OnPostAcceptAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, () => acceptances.AcceptAsync(id, VersionId, Stamp, ProblemRule, ProblemPath, Note, HttpContext.Actor(), cancellationToken), nameof(Note), () =>
        {
            AcceptanceMessage = $"已接受 [{ProblemRule}] 这一项，例外说明已记录。";
            return RedirectToPage(null, null, new { id }, "problems");
        }, cancellationToken);

    public Task<IActionResult> OnPostWithdrawAcceptanceAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, () => acceptances.WithdrawAsync(id, VersionId, Stamp, AcceptanceId, HttpContext.Actor(), cancellationToken), incompleteAt: null, () =>
        {
            AcceptanceMessage = "已撤回对这一项的接受。";
            return RedirectToPage(null, null, new { id }, "problems");
        }, cancellationToken);

    /// <summary>
    /// Takes a reviewer's step and answers as every step is answered: done as <paramref name="done"/>
    /// says; refused for what the reviewer wrote at the field <paramref name="incompleteAt"/> names
    /// (null: nothing the reviewer wrote can make it incomplete); refused for the state on the page.
    /// </summary>
    private async Task<IActionResult> ActAsync(int id, Func<Task<WorkflowOutcome>> action, string? incompleteAt, Func<IActionResult> done, CancellationToken cancellationToken)
    {
        var outcome = ModelState.IsValid ? await action() : null;
        if (outcome?.Done == true)
        {
            return done();
        }

        if (outcome is null || (outcome.Reason == WorkflowRefusal.Incomplete && incompleteAt is not null))
        {
            // What the reviewer wrote is at fault: said at its box, shown again with what was typed.
            if (outcome is not null)
            {
                ModelState.AddModelError(incompleteAt!, outcome.Refusal!);
            }

            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }

        // The state is at fault (a colleague first, no seal, the next section not ready): said on the
        // page as it now stands, reached by a redirect so that reloading it posts nothing; the opinion is kept.
        if (!await LoadAsync(id, cancellationToken))
        {
            return await OutOfSightAsync(id, audited: true, cancellationToken); // the workflow recorded the refusal
        }

        Refusal = outcome.Refusal;
        RefusedOpinion = Opinion;
        return RedirectToPage(new { id });
    }

    /// <summary>
    /// A declaration this reviewer may not see: one they acted on is said where it went; any other is
    /// not said to exist, and an attempt on one that exists is recorded (unless already).
    /// </summary>
    private async Task<IActionResult> OutOfSightAsync(int id, bool audited, CancellationToken cancellationToken)
    {
        var declaration = await db.FindDeclarationAsync(id, cancellationToken);
        if (declaration is null)
        {
            return NotFound();
        }

        if (await ActedOnNotices.ForAsync(db, User, declaration, Chain, cancellationToken) is { } notice)
        {
            TempData[nameof(IndexModel.ReviewNotice)] = notice;
            return RedirectToPage("/Review/Index");
        }

        return audited ? NotFound() : await this.RefuseAsync(audit, id, "审核查看");
    }

    /// <summary>What changed from the version with id <paramref name="versionId"/> to the one under review.</summary>
    private async Task<IReadOnlyList<DeclarationChange>> ChangesSinceAsync(int versionId, CancellationToken cancellationToken)
    {
        var before = await db.DeclarationVersions.AsNoTracking().SingleAsync(v => v.Id == versionId, cancellationToken);
        return DeclarationChanges.Between(DeclarationFacts.Of(await frozen.ReadAsync(before, cancellationToken)), DeclarationFacts.Of(View.Declaration));
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var live = await db.FindDeclarationAsync(id, cancellationToken);
        Chain = await db.LoadChainAsync(cancellationToken);
        var version = live is null ? null : await reviews.CurrentVersionAsync(id, cancellationToken);
        if (live is null || version is null || !User.CanSee(live, Chain))
        {
            return false;
        }

        Live = live;
        Version = version;
        View = await DeclarationView.LoadAsync(db, await frozen.ReadAsync(version, cancellationToken), version, cancellationToken);
        History = await DeclarationHistory.LoadAsync(db, id, cancellationToken);
        IsMyTurn = User.CanReview(live);
        Adjustment = Adjustment.InProgress(live.Status, History.Events);
        if (Adjustment is not null)
        {
            AdjustmentChanges = await ChangesSinceAsync(Adjustment.Opened.VersionId, cancellationToken);
        }

        // A return before the adjustment was opened is of the earlier round: its changes are inside the approved version's.
        if (History.LatestReturn is { } returned && returned.VersionId != version.Id && (Adjustment is null || returned.Id > Adjustment.Opened.Id))
        {
            Changes = await ChangesSinceAsync(returned.VersionId, cancellationToken);
            ChangedSince = returned.VersionNumber;
        }

        SectionSealId = User.ReviewSectionId() is { } section ? (await db.CurrentSealAsync(SealOwner.ReviewSection, section, cancellationToken))?.Id : null;
        ModelState.Remove(nameof(VersionId));
        ModelState.Remove(nameof(Stamp));
        VersionId = version.Id;
        Stamp = live.ConcurrencyStamp;
        var noteRefused = ModelState[nameof(Note)]?.Errors.FirstOrDefault()?.ErrorMessage;
        ViewData[AcceptedProblems.Key] = Accepted = AcceptedProblems.ReadOnly(History) with
        {
            CanAct = IsMyTurn,
            SectionId = User.ReviewSectionId(),
            VersionId = VersionId,
            Stamp = Stamp,
            Refused = noteRefused is null ? null : (ProblemRule, ProblemPath, Note, noteRefused),
        };
        return true;
    }
}
