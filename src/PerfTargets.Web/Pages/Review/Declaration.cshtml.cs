using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Accounts;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Review;
using PerfTargets.Core.Seals;
using PerfTargets.Data;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Review;
using PerfTargets.Data.Seals;
using PerfTargets.Web.Accounts;
using PerfTargets.Web.Validation;
using PerfTargets.Web.Viewing;

namespace PerfTargets.Web.Pages.Review;

/// <summary>
/// 审核: the submitted version exactly as frozen, its warnings, what changed since the version last
/// returned, the history, and the opinion box with 通过（盖章） and 退回.
/// </summary>
[Authorize(Policy = AccountRoles.Reviewer)]
public sealed class DeclarationModel(PerfTargetsDbContext db, DeclarationReviews reviews, FrozenVersions frozen, AuditTrail audit) : PageModel
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

    public int? SectionSealId { get; private set; }

    public bool IsMyTurn { get; private set; }

    [BindProperty]
    [Display(Name = "审核意见")]
    [StringLength(ReviewWorkflow.OpinionMaxLength, ErrorMessage = "审核意见不能超过 {1} 个字。")]
    [PlainText]
    public string? Opinion { get; set; }

    [BindProperty]
    public int VersionId { get; set; }

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
        DecideAsync(id, approve: true, cancellationToken);

    public Task<IActionResult> OnPostReturnAsync(int id, CancellationToken cancellationToken) =>
        DecideAsync(id, approve: false, cancellationToken);

    private async Task<IActionResult> DecideAsync(int id, bool approve, CancellationToken cancellationToken)
    {
        var outcome = ModelState.IsValid
            ? approve
                ? await reviews.ApproveAsync(id, VersionId, Stamp, Opinion, HttpContext.Actor(), cancellationToken)
                : await reviews.ReturnAsync(id, VersionId, Stamp, Opinion, HttpContext.Actor(), cancellationToken)
            : null;
        if (outcome?.Done == true)
        {
            ReviewMessage = approve ? "已审核通过并盖章。" : "已退回，填报单位将看到您的意见。";
            return RedirectToPage("/Review/Index");
        }

        if (outcome is null || (outcome.Reason == WorkflowRefusal.Incomplete && !approve))
        {
            // The opinion is at fault: said at the box, shown again with what the reviewer typed.
            if (outcome is not null)
            {
                ModelState.AddModelError(nameof(Opinion), outcome.Refusal!);
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
        var declaration = await db.Declarations.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
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

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var live = await db.Declarations.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        Chain = await db.LoadChainAsync(cancellationToken);
        var version = live is null ? null : await reviews.CurrentVersionAsync(id, cancellationToken);
        if (live is null || version is null || !User.CanSee(live, Chain))
        {
            return false;
        }

        Live = live;
        Version = version;
        View = await DeclarationView.LoadAsync(db, await frozen.ReadAsync(version, cancellationToken), cancellationToken);
        History = await DeclarationHistory.LoadAsync(db, id, cancellationToken);
        IsMyTurn = User.CanReview(live);
        if (History.LatestReturn is { } returned && returned.VersionId != version.Id)
        {
            var before = await db.DeclarationVersions.AsNoTracking().SingleAsync(v => v.Id == returned.VersionId, cancellationToken);
            Changes = DeclarationChanges.Between(DeclarationFacts.Of(await frozen.ReadAsync(before, cancellationToken)), DeclarationFacts.Of(View.Declaration));
            ChangedSince = before.Number;
        }

        SectionSealId = User.ReviewSectionId() is { } section ? (await db.CurrentSealAsync(SealOwner.ReviewSection, section, cancellationToken))?.Id : null;
        ModelState.Remove(nameof(VersionId));
        ModelState.Remove(nameof(Stamp));
        VersionId = version.Id;
        Stamp = live.ConcurrencyStamp;
        return true;
    }
}
