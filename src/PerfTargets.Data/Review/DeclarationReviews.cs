using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using PerfTargets.Core.Auditing;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Review;
using PerfTargets.Core.Seals;
using PerfTargets.Core.Validation;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Declarations;
using PerfTargets.Data.Seals;

namespace PerfTargets.Data.Review;

/// <summary>
/// The workflow actions — 提交, 撤回, 审核通过, 退回 — each one transaction: the declaration's new
/// state, its frozen version or review record, and the audit row commit together or not at all.
/// Every action names the state the user saw (its concurrency stamp); if anything moved since,
/// nothing is done, so a double click or a second reviewer never acts twice.
/// </summary>
public sealed class DeclarationReviews(PerfTargetsDbContext db, AuditTrail audit, TimeProvider clock, ILogger<DeclarationReviews> logger)
{
    /// <summary>An expected race, handled: one line, no stack trace (EF's own error log of the failed save is off, see appsettings).</summary>
    private static readonly Action<ILogger, int, Exception?> LogConflict = LoggerMessage.Define<int>(
        LogLevel.Warning, new EventId(1, "WorkflowConflict"), "申报表 {DeclarationId} 的工作流操作未执行：他人同时操作并已先提交，本次操作已整体回滚。");

    private const string MovedOn = "该申报表在您打开后已被处理或修改，本次操作未执行。请查看它的最新状态。";

    public async Task<WorkflowOutcome> SubmitAsync(int declarationId, Guid loadedStamp, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var declaration = await LoadAsync(declarationId, cancellationToken);
        var refusal = CheckFiler(declaration, actor) ?? CheckStamp(declaration!, loadedStamp);
        if (refusal is null)
        {
            var framework = await db.IndicatorFrameworks.AsNoTracking().SingleAsync(f => f.Id == declaration!.FrameworkId, cancellationToken);
            var errors = DeclarationCheck.Problems(declaration!, framework).Count(p => p.IsError);
            var settings = await db.LoadReviewSettingsAsync(cancellationToken);
            var outcome = ReviewWorkflow.Submit(declaration!, await db.LoadChainAsync(cancellationToken), settings.ResubmitRule, errors);
            refusal = outcome.Done
                ? await CheckReadyAsync(declaration!.Review.AwaitingSectionId, "审核科室{0}尚未配置{1}，暂不能提交。请联系系统管理员。", cancellationToken)
                : outcome;
        }

        if (refusal is not null)
        {
            return await RefuseAsync(transaction, refusal, AuditAction.Submitted, actor, declarationId, cancellationToken);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var version = DeclarationVersion.Freeze(declaration!, declaration!.Review.VersionCount + 1, now, actor.UserId, actor.ShownName);
        var departmentSeal = await db.CurrentSealAsync(SealOwner.Department, declaration.DepartmentId, cancellationToken);
        var department = await db.Departments.Where(d => d.Id == declaration.DepartmentId).Select(d => d.Name).SingleAsync(cancellationToken);
        await audit.AddAsync(AuditAction.Submitted, actor, declaration.Id, version.ContentHash, FrozenVersions.VersionDetail(declaration.ProjectName, version.Number), cancellationToken);
        db.DeclarationVersions.Add(version);
        declaration.Review.VersionCount = version.Number;
        declaration.Review.SubmittedAt = now;
        Touch(declaration);
        if (!await db.TrySaveChangesAsync(cancellationToken))
        {
            return await RefuseAsync(transaction, WorkflowOutcome.Refused(WorkflowRefusal.StaleVersion, MovedOn), AuditAction.Submitted, actor, declarationId, cancellationToken);
        }

        db.DeclarationEvents.Add(NewEvent(declaration, version, DeclarationEventKind.Submitted, actor, department, null, departmentSeal?.Id, now));
        return await CommitAsync(transaction, declarationId, cancellationToken);
    }

    public async Task<WorkflowOutcome> WithdrawAsync(int declarationId, Guid loadedStamp, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var declaration = await LoadAsync(declarationId, cancellationToken);
        var refusal = CheckFiler(declaration, actor) ?? CheckStamp(declaration!, loadedStamp);
        var version = refusal is null ? await CurrentVersionAsync(declarationId, cancellationToken) : null;
        if (refusal is null)
        {
            var reviewed = version is not null && await db.DeclarationEvents.AnyAsync(e => e.VersionId == version.Id && e.SectionId != null, cancellationToken);
            var outcome = ReviewWorkflow.Withdraw(declaration!, reviewed);
            refusal = outcome.Done ? null : outcome;
        }

        if (refusal is not null || version is null)
        {
            return await RefuseAsync(transaction, refusal ?? WorkflowOutcome.Refused(WorkflowRefusal.WrongState, "没有可撤回的提交。"), AuditAction.Withdrawn, actor, declarationId, cancellationToken);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await audit.AddAsync(AuditAction.Withdrawn, actor, declarationId, version.ContentHash, FrozenVersions.VersionDetail(declaration!.ProjectName, version.Number), cancellationToken);
        declaration.Review.SubmittedAt = null;
        Touch(declaration);
        db.DeclarationEvents.Add(NewEvent(declaration, version, DeclarationEventKind.Withdrawn, actor, null, null, null, now));
        return await CommitAsync(transaction, declarationId, cancellationToken);
    }

    /// <summary>审核通过 of version <paramref name="versionId"/> by the actor's section, stamped with the section's seal.</summary>
    public Task<WorkflowOutcome> ApproveAsync(int declarationId, int versionId, Guid loadedStamp, string? opinion, AuditActor actor, CancellationToken cancellationToken = default) =>
        DecideAsync(declarationId, versionId, loadedStamp, opinion, actor, approve: true, cancellationToken);

    /// <summary>退回 of version <paramref name="versionId"/> with the reasons in <paramref name="opinion"/>.</summary>
    public Task<WorkflowOutcome> ReturnAsync(int declarationId, int versionId, Guid loadedStamp, string? opinion, AuditActor actor, CancellationToken cancellationToken = default) =>
        DecideAsync(declarationId, versionId, loadedStamp, opinion, actor, approve: false, cancellationToken);

    /// <summary>The latest frozen version of a declaration; null before its first submission.</summary>
    public Task<DeclarationVersion?> CurrentVersionAsync(int declarationId, CancellationToken cancellationToken = default) =>
        db.DeclarationVersions.AsNoTracking().Where(v => v.DeclarationId == declarationId).OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);

    private async Task<WorkflowOutcome> DecideAsync(int declarationId, int versionId, Guid loadedStamp, string? opinion, AuditActor actor, bool approve, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var action = approve ? AuditAction.Approved : AuditAction.Returned;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var declaration = await LoadAsync(declarationId, cancellationToken);
        var version = declaration is null ? null : await CurrentVersionAsync(declarationId, cancellationToken);
        var refusal = declaration is null || actor.SectionId is null
            ? WorkflowOutcome.Refused(WorkflowRefusal.NotYours, "没有找到该申报表，或您不是审核人。")
            : version is null || version.Id != versionId
                ? WorkflowOutcome.Refused(WorkflowRefusal.StaleVersion, "您审核的不是该申报表的最新提交版本，本次操作未执行。请打开最新版本审核。")
                : null;
        var section = refusal is null ? await db.ReviewSections.AsNoTracking().SingleOrDefaultAsync(s => s.Id == actor.SectionId, cancellationToken) : null;
        Seal? seal = null;
        if (refusal is null)
        {
            // The stamp first: a double click or a colleague who got there first is "already handled", not an intrusion.
            var outcome = CheckStamp(declaration!, loadedStamp) ?? (approve
                ? ReviewWorkflow.Approve(declaration!, await db.LoadChainAsync(cancellationToken), actor.SectionId!.Value, opinion)
                : ReviewWorkflow.Return(declaration!, actor.SectionId!.Value, opinion));
            refusal = outcome.Done ? null : outcome;
        }

        if (refusal is null && approve)
        {
            seal = await db.CurrentSealAsync(SealOwner.ReviewSection, actor.SectionId!.Value, cancellationToken);
            refusal = seal is null
                ? WorkflowOutcome.Refused(WorkflowRefusal.Incomplete, $"{section?.Name}尚未设置印章，不能盖章通过。请系统管理员在“印章”页上传或生成本科室印章。")
                : null;
        }

        if (refusal is null && approve && declaration!.Status == DeclarationStatus.Submitted)
        {
            refusal = await CheckReadyAsync(declaration.Review.AwaitingSectionId, "下一审核科室{0}尚未配置{1}，本次审核未执行。请联系系统管理员。", cancellationToken);
        }

        if (refusal is not null)
        {
            return await RefuseAsync(transaction, refusal, action, actor, declarationId, cancellationToken, version?.ContentHash);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var outcomeText = approve ? (declaration!.Status == DeclarationStatus.Approved ? "审核通过，已批复" : "审核通过") : "退回修改";
        await audit.AddAsync(action, actor, declarationId, version!.ContentHash, $"{FrozenVersions.VersionDetail(declaration!.ProjectName, version.Number)} {section?.Name}{outcomeText}", cancellationToken);
        if (!approve)
        {
            declaration.Review.SubmittedAt = null;
        }

        Touch(declaration);
        db.DeclarationEvents.Add(NewEvent(declaration, version, approve ? DeclarationEventKind.Approved : DeclarationEventKind.Returned, actor, section?.Name, opinion?.Trim(), seal?.Id, now));
        return await CommitAsync(transaction, declarationId, cancellationToken);
    }

    /// <summary>
    /// Refuses to send a declaration on to a section that cannot act on it (no reviewer, no seal),
    /// where it would wait for nobody; <paramref name="message"/> takes the section and what it lacks.
    /// </summary>
    private async Task<WorkflowOutcome?> CheckReadyAsync(int? sectionId, string message, CancellationToken cancellationToken)
    {
        var section = sectionId is null ? null : await db.ReviewSections.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sectionId, cancellationToken);
        if (section is null)
        {
            return null;
        }

        var readiness = await SectionReadiness.OfAsync(db, section, cancellationToken);
        return readiness.Ready
            ? null
            : WorkflowOutcome.Refused(WorkflowRefusal.Incomplete, string.Format(System.Globalization.CultureInfo.InvariantCulture, message, $"“{section.Name}”", readiness.Missing));
    }

    private Task<Declaration?> LoadAsync(int id, CancellationToken cancellationToken) =>
        db.Declarations.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);

    private static WorkflowOutcome? CheckFiler(Declaration? declaration, AuditActor actor) =>
        declaration is null || actor.DepartmentId != declaration.DepartmentId
            ? WorkflowOutcome.Refused(WorkflowRefusal.NotYours, "没有找到该申报表，或它不属于您的单位。")
            : null;

    private static WorkflowOutcome? CheckStamp(Declaration declaration, Guid loadedStamp) =>
        declaration.ConcurrencyStamp == loadedStamp ? null : WorkflowOutcome.Refused(WorkflowRefusal.StaleVersion, MovedOn);

    private void Touch(Declaration declaration)
    {
        declaration.ConcurrencyStamp = Guid.NewGuid();
        declaration.UpdatedAt = clock.GetUtcNow();
    }

    private static DeclarationEvent NewEvent(Declaration declaration, DeclarationVersion version, DeclarationEventKind kind, AuditActor actor, string? actingFor, string? opinion, int? sealId, DateTime at) => new()
    {
        DeclarationId = declaration.Id,
        VersionId = version.Id,
        VersionNumber = version.Number,
        Kind = kind,
        SectionId = kind is DeclarationEventKind.Approved or DeclarationEventKind.Returned ? actor.SectionId : null,
        ActingFor = actingFor,
        Opinion = string.IsNullOrEmpty(opinion) ? null : opinion,
        SealId = sealId,
        UserId = actor.UserId,
        UserName = actor.ShownName,
        At = at,
    };

    /// <summary>Commits; a concurrent action that got there first (stamp or one-decision index) leaves nothing written.</summary>
    private async Task<WorkflowOutcome> CommitAsync(IDbContextTransaction transaction, int declarationId, CancellationToken cancellationToken)
    {
        if (!await db.TrySaveChangesAsync(cancellationToken))
        {
            LogConflict(logger, declarationId, null);
            await transaction.RollbackAsync(cancellationToken);
            return WorkflowOutcome.Refused(WorkflowRefusal.StaleVersion, MovedOn);
        }

        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return WorkflowOutcome.Success;
    }

    /// <summary>
    /// Nothing of the action is written. An attempt on what is not the user's is recorded as 越权被拒;
    /// one on a state that has moved on since the user saw it as 操作未执行, which is no intrusion.
    /// </summary>
    private async Task<WorkflowOutcome> RefuseAsync(IDbContextTransaction transaction, WorkflowOutcome refusal, AuditAction attempted, AuditActor actor, int declarationId, CancellationToken cancellationToken, string? versionHash = null)
    {
        await transaction.RollbackAsync(cancellationToken);
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
