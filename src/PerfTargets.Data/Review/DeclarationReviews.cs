using Microsoft.Extensions.Logging;
using PerfTargets.Core.Auditing;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Review;
using PerfTargets.Core.Rounds;
using PerfTargets.Core.Seals;
using PerfTargets.Core.Validation;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Queries;
using PerfTargets.Data.Rounds;
using PerfTargets.Data.Seals;
using PerfTargets.Data.Verification;

namespace PerfTargets.Data.Review;

/// <summary>
/// The workflow actions — 提交, 撤回, 审核通过, 退回, 开启调整 — each in three steps: gather the facts, let
/// <see cref="ReviewWorkflow"/> decide once, then store the decision — the declaration's new state,
/// its frozen version and 流转记录, and the audit row — in one transaction, or nothing at all.
/// Every action names the state the user saw (its concurrency stamp); if anything moved since,
/// nothing is done, so a double click or a second reviewer never acts twice.
/// </summary>
public sealed class DeclarationReviews(PerfTargetsDbContext db, AuditTrail audit, AuditedChanges audited, TimeProvider clock, ILogger<DeclarationReviews> logger)
{
    /// <summary>An expected race, handled: one line, no stack trace (EF's own error log of the failed save is off, see appsettings).</summary>
    private static readonly Action<ILogger, int, Exception?> LogConflict = LoggerMessage.Define<int>(
        LogLevel.Warning, new EventId(1, "WorkflowConflict"), "申报表 {DeclarationId} 的工作流操作未执行：他人同时操作并已先提交，本次操作已整体回滚。");

    public async Task<WorkflowOutcome> SubmitAsync(int declarationId, Guid loadedStamp, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var declaration = await LoadAsync(declarationId, cancellationToken);
        var decision = ReviewWorkflow.Submit(await SubmissionFactsAsync(declaration, loadedStamp, actor, cancellationToken));
        if (decision.Refused)
        {
            return await RefuseAsync(decision.Outcome, AuditAction.Submitted, actor, declarationId, cancellationToken);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        ReviewWorkflow.DateTheSubmission(declaration!, ChinaCalendar.Day(now));
        var version = DeclarationVersion.Freeze(declaration!, decision.NewVersionNumber!.Value, now, actor.UserId, actor.ShownName);

        // A submission that lost a race is recorded as not performed, as one on a stale stamp is.
        return await CommitAsync(decision, declaration!, version, actor, now, cancellationToken)
            ? WorkflowOutcome.Success
            : await RefuseAsync(WorkflowOutcome.MovedOn, AuditAction.Submitted, actor, declarationId, cancellationToken);
    }

    public async Task<WorkflowOutcome> WithdrawAsync(int declarationId, Guid loadedStamp, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var declaration = await LoadAsync(declarationId, cancellationToken);
        var version = declaration is null ? null : await CurrentVersionAsync(declarationId, cancellationToken);
        var reviewed = version is not null && await db.DeclarationEvents.AnyAsync(e => e.VersionId == version.Id && e.SectionId != null, cancellationToken);
        var decision = ReviewWorkflow.Withdraw(new WithdrawalFacts(declaration, loadedStamp, actor, version, reviewed));
        return decision.Refused
            ? await RefuseAsync(decision.Outcome, AuditAction.Withdrawn, actor, declarationId, cancellationToken)
            : await CommitOrLogAsync(decision, declaration!, version!, actor, cancellationToken);
    }

    /// <summary>审核通过 of version <paramref name="versionId"/> by the actor's section, stamped with the section's seal.</summary>
    public async Task<WorkflowOutcome> ApproveAsync(int declarationId, int versionId, Guid loadedStamp, string? opinion, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var facts = await ReviewerFactsAsync(declarationId, versionId, loadedStamp, opinion, actor, cancellationToken);
        return await DecideAsync(declarationId, ReviewWorkflow.Approve(facts), facts, AuditAction.Approved, cancellationToken);
    }

    /// <summary>退回 of version <paramref name="versionId"/> with the reasons in <paramref name="opinion"/>.</summary>
    public async Task<WorkflowOutcome> ReturnAsync(int declarationId, int versionId, Guid loadedStamp, string? opinion, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var facts = await ReviewerFactsAsync(declarationId, versionId, loadedStamp, opinion, actor, cancellationToken);
        return await DecideAsync(declarationId, ReviewWorkflow.Return(facts), facts, AuditAction.Returned, cancellationToken);
    }

    /// <summary>
    /// 开启调整 of an approved declaration, with the reason: back to 草稿 for its filer to change and
    /// submit; the version it stands approved with stays its current approved version
    /// (<see cref="ApprovedVersionQueries.CurrentApprovedVersions"/>) until the change is approved.
    /// </summary>
    public async Task<WorkflowOutcome> OpenAdjustmentAsync(int declarationId, Guid loadedStamp, string? reason, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var declaration = await LoadAsync(declarationId, cancellationToken);
        var approved = declaration is null ? null : await db.CurrentApprovedVersionAsync(declarationId, cancellationToken);
        var department = declaration is null ? null
            : await db.Departments.Where(d => d.Id == declaration.DepartmentId).Select(d => d.Name).SingleAsync(cancellationToken);
        var decision = ReviewWorkflow.OpenAdjustment(new AdjustmentFacts(declaration, loadedStamp, actor, approved, reason, department));
        return decision.Refused
            ? await RefuseAsync(decision.Outcome, AuditAction.AdjustmentOpened, actor, declarationId, cancellationToken, approved?.ContentHash)
            : await CommitOrLogAsync(decision, declaration!, approved!, actor, cancellationToken);
    }

    /// <summary>
    /// 提交确认: what submitting <paramref name="declaration"/> as it now stands would freeze and where it
    /// would go, or why it would be refused, decided on the facts a submission gathers.
    /// </summary>
    public async Task<SubmissionPreview> PreviewSubmissionAsync(Declaration declaration, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var problems = await db.ProblemsAsync(declaration, cancellationToken: cancellationToken);
        var facts = await SubmissionFactsAsync(declaration, declaration.ConcurrencyStamp, actor, cancellationToken, problems);
        return SubmissionPreview.Of(facts, problems, ChinaCalendar.Day(clock.GetUtcNow().UtcDateTime));
    }

    /// <summary>The latest frozen version of a declaration; null before its first submission.</summary>
    public Task<DeclarationVersion?> CurrentVersionAsync(int declarationId, CancellationToken cancellationToken = default) =>
        db.DeclarationVersions.AsNoTracking().Where(v => v.DeclarationId == declarationId).OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The facts a submission is decided on; <paramref name="problems"/> when the caller has judged the declaration already.</summary>
    private async Task<SubmissionFacts> SubmissionFactsAsync(Declaration? declaration, Guid loadedStamp, AuditActor actor, CancellationToken cancellationToken,
        IReadOnlyList<ValidationProblem>? problems = null)
    {
        var chain = await db.ReadChainForStepAsync(cancellationToken);
        var rule = (await db.ReadReviewSettingsForStepAsync(cancellationToken)).ResubmitRule;
        var readiness = await SectionReadinessQueries.OfAllAsync(db, chain.Sections, cancellationToken);
        if (declaration is null)
        {
            return new SubmissionFacts(null, loadedStamp, actor, 0, chain, rule, readiness, null, null);
        }

        var errors = (problems ?? await db.ProblemsAsync(declaration, cancellationToken: cancellationToken)).Count(p => p.IsError);
        var department = await db.Departments.Where(d => d.Id == declaration.DepartmentId).Select(d => d.Name).SingleAsync(cancellationToken);
        var departmentSeal = await db.CurrentSealAsync(SealOwner.Department, declaration.DepartmentId, cancellationToken);
        var deadline = await db.DeadlineOfAsync(declaration.BudgetYear, declaration.DepartmentId, ChinaCalendar.Day(clock.GetUtcNow().UtcDateTime), cancellationToken);
        return new SubmissionFacts(declaration, loadedStamp, actor, errors, chain, rule, readiness, department, departmentSeal?.Id, deadline);
    }

    /// <summary>What a reviewer's step is decided on; also gathered for 例外说明 (<see cref="ProblemAcceptances"/>).</summary>
    internal async Task<ReviewerFacts> ReviewerFactsAsync(int declarationId, int versionId, Guid loadedStamp, string? opinion, AuditActor actor, CancellationToken cancellationToken)
    {
        var declaration = await LoadAsync(declarationId, cancellationToken);
        var version = declaration is null ? null : await CurrentVersionAsync(declarationId, cancellationToken);
        var chain = await db.ReadChainForStepAsync(cancellationToken);
        var readiness = await SectionReadinessQueries.OfAllAsync(db, chain.Sections, cancellationToken);
        var seal = actor.SectionId is { } sectionId ? await db.CurrentSealAsync(SealOwner.ReviewSection, sectionId, cancellationToken) : null;
        return new ReviewerFacts(declaration, loadedStamp, actor, version, versionId, opinion, chain, seal?.Id, readiness);
    }

    private async Task<WorkflowOutcome> DecideAsync(int declarationId, ReviewDecision decision, ReviewerFacts facts, AuditAction attempted, CancellationToken cancellationToken) =>
        decision.Refused
            ? await RefuseAsync(decision.Outcome, attempted, facts.Actor, declarationId, cancellationToken, facts.CurrentVersion?.ContentHash)
            : await CommitOrLogAsync(decision, facts.Declaration!, facts.CurrentVersion!, facts.Actor, cancellationToken);

    /// <summary>Commits; a concurrent action that got there first (stamp or one-decision index) leaves nothing written.</summary>
    private async Task<WorkflowOutcome> CommitOrLogAsync(ReviewDecision decision, Declaration declaration, DeclarationVersion version, AuditActor actor, CancellationToken cancellationToken)
    {
        var declarationId = declaration.Id; // the context is cleared whatever the outcome
        if (await CommitAsync(decision, declaration, version, actor, clock.GetUtcNow().UtcDateTime, cancellationToken))
        {
            return WorkflowOutcome.Success;
        }

        LogConflict(logger, declarationId, null);
        return WorkflowOutcome.MovedOn;
    }

    /// <summary>
    /// Stores a decision: the declaration's new state, the version (a new one is added first, for
    /// the id its 流转记录 names), the 流转记录 and the audit row. False when someone got there first.
    /// </summary>
    private async Task<bool> CommitAsync(ReviewDecision decision, Declaration declaration, DeclarationVersion version, AuditActor actor, DateTime now, CancellationToken cancellationToken)
    {
        var note = Apply(decision, declaration, version, actor, now, clock.GetUtcNow());
        var committed = await audited.TryCommitAsync(
            note,
            token => db.AddStepAsync(decision, version, v => DeclarationEvent.Of(decision, v, actor, now), token),
            cancellationToken);
        db.ChangeTracker.Clear();
        return committed;
    }

    /// <summary>
    /// Moves the declaration to where <paramref name="decision"/> puts it, at <paramref name="at"/> (UTC),
    /// with a new concurrency stamp, and says what the step's audit row records: the action on
    /// <paramref name="version"/>, by its hash (a 提交 row so vouches for a new version).
    /// </summary>
    internal static AuditNote Apply(ReviewDecision decision, Declaration declaration, DeclarationVersion version, AuditActor actor, DateTime at, DateTimeOffset now)
    {
        decision.ApplyTo(declaration, at);
        declaration.ConcurrencyStamp = Guid.NewGuid();
        declaration.UpdatedAt = now;
        return new AuditNote(decision.AuditAction, actor, declaration.Id, version.ContentHash, decision.AuditDetail(FrozenVersions.VersionDetail(declaration.ProjectName, version.Number)));
    }

    private Task<Declaration?> LoadAsync(int id, CancellationToken cancellationToken) =>
        db.FindDeclarationToChangeAsync(id, cancellationToken);

    /// <summary>
    /// Nothing of the action is written. An attempt on what is not the user's is recorded as 越权被拒;
    /// one on a state that has moved on since the user saw it as 操作未执行, which is no intrusion.
    /// </summary>
    internal async Task<WorkflowOutcome> RefuseAsync(WorkflowOutcome refusal, AuditAction attempted, AuditActor actor, int declarationId, CancellationToken cancellationToken, string? versionHash = null)
    {
        db.ChangeTracker.Clear();
        if (refusal.Reason == WorkflowRefusal.NotYours)
        {
            await audit.AppendAsync(AuditAction.Refused, actor, declarationId, versionHash, $"{attempted.Label()}被拒：{refusal.Refusal}", cancellationToken);
        }
        else if (refusal.Reason == WorkflowRefusal.StaleVersion)
        {
            await audit.AppendAsync(AuditAction.NotPerformed, actor, declarationId, versionHash, $"{attempted.Label()}未执行：{refusal.Refusal}", cancellationToken);
        }

        return refusal;
    }
}
