using System.Globalization;
using PerfTargets.Core.Accounts;
using PerfTargets.Core.Auditing;
using PerfTargets.Core.Validation;

namespace PerfTargets.Core.Review;

/// <summary>
/// The moves of the review workflow: 草稿 → 已提交 → each section of the chain in turn → 已批复, with
/// 退回 back to 草稿 from any step and 撤回 while nobody has acted, and 开启调整 from 已批复 back to 草稿. Each action is decided once, from
/// facts gathered beforehand, into a <see cref="ReviewDecision"/>: every refusal in the order the
/// user meets it, or the new state and what records it. Applying and storing it is the caller's business.
/// </summary>
public static class ReviewWorkflow
{
    /// <summary>The longest 审核意见 accepted.</summary>
    public const int OpinionMaxLength = 2000;

    /// <summary>提交: a 草稿 without errors goes to the first section (or back to the one that returned it).</summary>
    public static ReviewDecision Submit(SubmissionFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (CheckFiler(facts) is { } refusal)
        {
            return refusal;
        }

        var declaration = facts.Declaration!;
        if (CheckDraft(declaration) is { } notDraft)
        {
            return notDraft;
        }

        if (facts.Deadline is { IsPast: true } deadline)
        {
            return ReviewDecision.Refuse(WorkflowRefusal.PastDeadline, deadline.Refusal());
        }

        return CheckErrors(facts.ErrorCount) ?? SendToChain(declaration, facts.Chain, facts.Rule, facts.Readiness, facts.DepartmentName, facts.DepartmentSealId);
    }

    /// <summary>Only a 草稿 is submitted.</summary>
    public static ReviewDecision? CheckDraft(IReviewed subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return subject.Status == DeclarationStatus.Draft
            ? null
            : ReviewDecision.Refuse(WorkflowRefusal.WrongState, $"该{subject.ReviewNoun}当前为“{subject.Status.Label()}”，不能再次提交。");
    }

    /// <summary>A submission needs no errors (错误).</summary>
    public static ReviewDecision? CheckErrors(int errorCount) =>
        errorCount > 0 ? ReviewDecision.Refuse(WorkflowRefusal.Invalid, $"还有 {errorCount} 处错误，请改正后再提交。") : null;

    /// <summary>
    /// 提交 once the filer's checks have passed: to the section <see cref="TargetOf"/> names, if it can act,
    /// bearing the department's seal.
    /// </summary>
    public static ReviewDecision SendToChain(
        IReviewed declaration, ReviewChain chain, ResubmitRule rule, IReadOnlyList<SectionReadiness> readiness, string? departmentName, int? departmentSealId)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var target = TargetOf(declaration, chain, rule).Section;
        if (target is null)
        {
            return ReviewDecision.Refuse(WorkflowRefusal.Incomplete, "财政局尚未设置审核科室，暂不能提交。请联系系统管理员。");
        }

        return CheckReady(readiness, target.Id, "审核科室{0}尚未配置{1}，暂不能提交。请联系系统管理员。") ?? new ReviewDecision
        {
            Outcome = WorkflowOutcome.Success,
            Event = DeclarationEventKind.Submitted,
            Status = DeclarationStatus.Submitted,
            AwaitingSectionId = target.Id,
            ReturnedBySectionId = declaration.Review.ReturnedBySectionId,
            NewVersionNumber = declaration.Review.VersionCount + 1,
            ActingFor = departmentName,
            SealId = departmentSealId,
        };
    }

    /// <summary>
    /// The section a submission goes to: the one that returned the draft, when the rule resumes there
    /// (<c>Resumes</c>), else the chain's first. A returning section since 停用 no longer reviews: the
    /// submission starts the chain instead. Null when no section is in use.
    /// </summary>
    public static (ReviewSection? Section, bool Resumes) TargetOf(IReviewed declaration, ReviewChain chain, ResubmitRule rule)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(chain);
        var returning = rule == ResubmitRule.ResumeAtReturningSection ? chain.FindActive(declaration.Review.ReturnedBySectionId) : null;
        return returning is not null ? (returning, true) : (chain.First, false);
    }

    /// <summary>
    /// 填报日期 left blank is the day of submission (北京时间): set on the draft before it is frozen, so
    /// that the version, its print and its hash carry it. A date the filer wrote is kept.
    /// </summary>
    public static void DateTheSubmission(Declaration declaration, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        declaration.FilledOn ??= today;
    }

    /// <summary>撤回: only while no reviewer has acted on the version under review.</summary>
    public static ReviewDecision Withdraw(WithdrawalFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (CheckFiler(facts) is { } refusal)
        {
            return refusal;
        }

        var declaration = facts.Declaration!;
        if (declaration.Status != DeclarationStatus.Submitted)
        {
            return ReviewDecision.Refuse(WorkflowRefusal.WrongState, $"该申报表当前为“{declaration.Status.Label()}”，没有可撤回的提交。");
        }

        if (facts.ReviewedSinceSubmission)
        {
            return ReviewDecision.Refuse(WorkflowRefusal.WrongState, "审核人已处理本次提交，不能撤回。如需修改，请联系审核人退回。");
        }

        return facts.CurrentVersion is null
            ? ReviewDecision.Refuse(WorkflowRefusal.WrongState, "没有可撤回的提交。")
            : new ReviewDecision
            {
                Outcome = WorkflowOutcome.Success,
                Event = DeclarationEventKind.Withdrawn,
                Status = DeclarationStatus.Draft,
                ReturnedBySectionId = declaration.Review.ReturnedBySectionId,
            };
    }

    /// <summary>审核通过 by the reviewer's section, with its seal: on to the next section, or 已批复 after the last.</summary>
    public static ReviewDecision Approve(ReviewerFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return CheckReviewer(facts, opinionRequired: false) ?? Stamp(facts.Actor, facts.Opinion, facts.Chain, facts.SectionSealId, facts.Readiness);
    }

    /// <summary>
    /// 审核通过 once the reviewer's turn is checked: stamped with the section's seal, on to the next
    /// section that can act, or 已批复 after the last.
    /// </summary>
    public static ReviewDecision Stamp(AuditActor actor, string? opinion, ReviewChain chain, int? sectionSealId, IReadOnlyList<SectionReadiness> readiness)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(chain);
        var sectionId = actor.SectionId!.Value;
        var section = chain.Find(sectionId);
        if (sectionSealId is null)
        {
            return ReviewDecision.Refuse(WorkflowRefusal.Incomplete, $"{section?.Name}尚未设置印章，不能盖章通过。请系统管理员在“印章”页上传或生成本科室印章。");
        }

        var next = chain.After(sectionId);
        var notReady = next is null ? null : CheckReady(readiness, next.Id, "下一审核科室{0}尚未配置{1}，本次审核未执行。请联系系统管理员。");
        return notReady ?? ReviewerStep(actor, opinion, section, DeclarationEventKind.Approved) with
        {
            Status = next is null ? DeclarationStatus.Approved : DeclarationStatus.Submitted,
            AwaitingSectionId = next?.Id,
            ReturnedBySectionId = null,
            IsFinalApproval = next is null,
            SealId = sectionSealId,
        };
    }

    /// <summary>退回 by the reviewer's section, with the reasons the filer will read: back to 草稿.</summary>
    public static ReviewDecision Return(ReviewerFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return CheckReviewer(facts, opinionRequired: true) ?? SendBack(facts.Actor, facts.Opinion, facts.Chain);
    }

    /// <summary>退回 once the reviewer's turn and opinion are checked: back to 草稿, resubmission returning to this section.</summary>
    public static ReviewDecision SendBack(AuditActor actor, string? opinion, ReviewChain chain)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(chain);
        return ReviewerStep(actor, opinion, chain.Find(actor.SectionId), DeclarationEventKind.Returned) with
        {
            Status = DeclarationStatus.Draft,
            ReturnedBySectionId = actor.SectionId,
        };
    }

    /// <summary>
    /// 开启调整: the filer reopens an approved declaration as a draft to change it, with the reason.
    /// The approved version stays approved (and verifiable) until a new version is approved through
    /// the whole chain; the change is submitted as any draft is, starting at the chain's first section.
    /// </summary>
    public static ReviewDecision OpenAdjustment(AdjustmentFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (CheckFiler(facts) is { } refusal)
        {
            return refusal;
        }

        var declaration = facts.Declaration!;
        if (declaration.Status != DeclarationStatus.Approved || facts.ApprovedVersion is null)
        {
            return ReviewDecision.Refuse(WorkflowRefusal.WrongState, NotAdjustable(declaration.Status));
        }

        return CheckReason(facts.Reason) ?? new ReviewDecision
        {
            Outcome = WorkflowOutcome.Success,
            Event = DeclarationEventKind.AdjustmentOpened,
            Status = DeclarationStatus.Draft,
            ActingFor = facts.DepartmentName,
            Opinion = facts.Reason!.Trim(),
        };
    }

    /// <summary>Why a declaration in <paramref name="status"/> cannot be adjusted (any status but 已批复).</summary>
    public static string NotAdjustable(DeclarationStatus status) => $"该申报表当前为“{status.Label()}”，只有已批复的申报表可以调整。";

    private static ReviewDecision? CheckReason(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return ReviewDecision.Refuse(WorkflowRefusal.Incomplete, "开启调整须填写调整原因。");
        }

        if (reason.Trim().Length > ReviewLimits.AdjustmentReason)
        {
            return ReviewDecision.Refuse(WorkflowRefusal.Incomplete, $"调整原因不能超过 {ReviewLimits.AdjustmentReason} 个字。");
        }

        return TextCharacters.Problem(reason, "调整原因") is { } problem ? ReviewDecision.Refuse(WorkflowRefusal.Incomplete, problem) : null;
    }

    private static ReviewDecision ReviewerStep(AuditActor actor, string? opinion, Accounts.ReviewSection? section, DeclarationEventKind step) => new()
    {
        Outcome = WorkflowOutcome.Success,
        Event = step,
        SectionId = actor.SectionId,
        ActingFor = section?.Name,
        Opinion = string.IsNullOrWhiteSpace(opinion) ? null : opinion.Trim(),
    };

    private static ReviewDecision? CheckFiler(WorkflowFacts facts) => CheckFiler(facts.Declaration, facts.LoadedStamp, facts.Actor);

    /// <summary>The filer's own declaration or report (null when there is none by the id asked for), as the filer saw it.</summary>
    public static ReviewDecision? CheckFiler(IReviewed? subject, Guid loadedStamp, AuditActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return subject is null || actor.DepartmentId != subject.DepartmentId
            ? ReviewDecision.Refuse(WorkflowRefusal.NotYours, $"没有找到该{subject?.ReviewNoun ?? "申报表"}，或它不属于您的单位。")
            : CheckStamp(subject, loadedStamp);
    }

    /// <summary>A reviewer at the section's turn (see <see cref="CheckReviewerTurn(ReviewerFacts)"/>), with a fitting opinion.</summary>
    private static ReviewDecision? CheckReviewer(ReviewerFacts facts, bool opinionRequired) =>
        CheckReviewerTurn(facts) ?? CheckOpinion(facts.Opinion, opinionRequired);

    /// <summary>
    /// A reviewer, on the latest version, as the reviewer saw it, at the section's turn: what any
    /// reviewer's step on a declaration needs (审核通过, 退回, 例外说明). The stamp before the turn: a
    /// double click or a colleague who got there first is "already handled", not an intrusion.
    /// </summary>
    public static ReviewDecision? CheckReviewerTurn(ReviewerFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return CheckReviewerTurn(facts.Declaration, facts.LoadedStamp, facts.Actor, facts.CurrentVersion?.Id, facts.VersionActedOn);
    }

    /// <summary>
    /// The same for any reviewed subject: <paramref name="currentVersionId"/> is the id of its latest
    /// frozen version (null before the first), <paramref name="versionActedOn"/> the one the reviewer read.
    /// </summary>
    public static ReviewDecision? CheckReviewerTurn(IReviewed? subject, Guid loadedStamp, AuditActor actor, int? currentVersionId, int versionActedOn)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (subject is null || actor.SectionId is null)
        {
            return ReviewDecision.Refuse(WorkflowRefusal.NotYours, $"没有找到该{subject?.ReviewNoun ?? "申报表"}，或您不是审核人。");
        }

        if (currentVersionId is null || currentVersionId != versionActedOn)
        {
            return ReviewDecision.Refuse(WorkflowRefusal.StaleVersion, $"您审核的不是该{subject.ReviewNoun}的最新提交版本，本次操作未执行。请打开最新版本审核。");
        }

        return CheckStamp(subject, loadedStamp) ?? CheckTurn(subject, actor.SectionId.Value);
    }

    private static ReviewDecision? CheckStamp(IReviewed subject, Guid loadedStamp) =>
        subject.ConcurrencyStamp == loadedStamp ? null : new ReviewDecision { Outcome = WorkflowOutcome.MovedOn };

    private static ReviewDecision? CheckTurn(IReviewed subject, int sectionId)
    {
        if (subject.Status != DeclarationStatus.Submitted)
        {
            return ReviewDecision.Refuse(WorkflowRefusal.StaleVersion, $"该{subject.ReviewNoun}当前为“{subject.Status.Label()}”，本次审核未执行。");
        }

        return subject.Review.AwaitingSectionId == sectionId
            ? null
            : ReviewDecision.Refuse(WorkflowRefusal.NotYours, $"该{subject.ReviewNoun}当前不在本科室的审核环节，本次审核未执行。");
    }

    /// <summary>审核意见: required for 退回, within its length, plain text.</summary>
    public static ReviewDecision? CheckOpinion(string? opinion, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(opinion))
        {
            return ReviewDecision.Refuse(WorkflowRefusal.Incomplete, "退回时须填写审核意见，说明需要修改的内容。");
        }

        if (opinion?.Length > OpinionMaxLength)
        {
            return ReviewDecision.Refuse(WorkflowRefusal.Incomplete, $"审核意见不能超过 {OpinionMaxLength} 个字。");
        }

        return TextCharacters.Problem(opinion, "审核意见") is { } problem ? ReviewDecision.Refuse(WorkflowRefusal.Incomplete, problem) : null;
    }

    /// <summary>
    /// Refuses to send a declaration on to a section that cannot act on it (no reviewer, no seal),
    /// where it would wait for nobody; <paramref name="message"/> takes the section and what it lacks.
    /// </summary>
    private static ReviewDecision? CheckReady(IReadOnlyList<SectionReadiness> readiness, int sectionId, string message) =>
        readiness.FirstOrDefault(r => r.Section.Id == sectionId) is { Ready: false } unready
            ? ReviewDecision.Refuse(WorkflowRefusal.Incomplete, string.Format(CultureInfo.InvariantCulture, message, $"“{unready.Section.Name}”", unready.Missing))
            : null;
}
