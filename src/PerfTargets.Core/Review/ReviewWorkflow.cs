using PerfTargets.Core.Declarations;
using PerfTargets.Core.Validation;

namespace PerfTargets.Core.Review;

/// <summary>
/// The moves of the review workflow: 草稿 → 已提交 → each section of the chain in turn → 已批复, with
/// 退回 back to 草稿 from any step and 撤回 while nobody has acted. Decides and applies the move to the
/// declaration's status and <see cref="ReviewPosition"/>; storing it is the caller's business.
/// </summary>
public static class ReviewWorkflow
{
    /// <summary>The longest 审核意见 accepted.</summary>
    public const int OpinionMaxLength = 2000;

    public static WorkflowOutcome Submit(Declaration declaration, ReviewChain chain, ResubmitRule rule, int errorCount)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(chain);
        if (declaration.Status != DeclarationStatus.Draft)
        {
            return WorkflowOutcome.Refused(WorkflowRefusal.WrongState, $"该申报表当前为“{declaration.Status.Label()}”，不能再次提交。");
        }

        if (errorCount > 0)
        {
            return WorkflowOutcome.Refused(WorkflowRefusal.Invalid, $"还有 {errorCount} 处错误，请改正后再提交。");
        }

        // A returning section since 停用 no longer reviews: the submission starts the chain instead.
        var returning = rule == ResubmitRule.ResumeAtReturningSection ? chain.FindActive(declaration.Review.ReturnedBySectionId) : null;
        var target = returning ?? chain.First;
        if (target is null)
        {
            return WorkflowOutcome.Refused(WorkflowRefusal.Incomplete, "财政局尚未设置审核科室，暂不能提交。请联系系统管理员。");
        }

        declaration.Status = DeclarationStatus.Submitted;
        declaration.Review.AwaitingSectionId = target.Id;
        return WorkflowOutcome.Success;
    }

    /// <summary>撤回: only while no reviewer has acted on the version under review.</summary>
    public static WorkflowOutcome Withdraw(Declaration declaration, bool reviewedSinceSubmission)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        if (declaration.Status != DeclarationStatus.Submitted)
        {
            return WorkflowOutcome.Refused(WorkflowRefusal.WrongState, $"该申报表当前为“{declaration.Status.Label()}”，没有可撤回的提交。");
        }

        if (reviewedSinceSubmission)
        {
            return WorkflowOutcome.Refused(WorkflowRefusal.WrongState, "审核人已处理本次提交，不能撤回。如需修改，请联系审核人退回。");
        }

        declaration.Status = DeclarationStatus.Draft;
        declaration.Review.AwaitingSectionId = null;
        return WorkflowOutcome.Success;
    }

    /// <summary>审核通过 by <paramref name="sectionId"/>: on to the next section, or 已批复 after the last.</summary>
    public static WorkflowOutcome Approve(Declaration declaration, ReviewChain chain, int sectionId, string? opinion)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(chain);
        if ((CheckTurn(declaration, sectionId) ?? CheckOpinion(opinion, required: false)) is { } refusal)
        {
            return refusal;
        }

        var next = chain.After(sectionId);
        declaration.Status = next is null ? DeclarationStatus.Approved : DeclarationStatus.Submitted;
        declaration.Review.AwaitingSectionId = next?.Id;
        declaration.Review.ReturnedBySectionId = null;
        return WorkflowOutcome.Success;
    }

    /// <summary>退回 by <paramref name="sectionId"/>, with the reasons the filer will read: back to 草稿.</summary>
    public static WorkflowOutcome Return(Declaration declaration, int sectionId, string? opinion)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        if ((CheckTurn(declaration, sectionId) ?? CheckOpinion(opinion, required: true)) is { } refusal)
        {
            return refusal;
        }

        declaration.Status = DeclarationStatus.Draft;
        declaration.Review.AwaitingSectionId = null;
        declaration.Review.ReturnedBySectionId = sectionId;
        return WorkflowOutcome.Success;
    }

    private static WorkflowOutcome? CheckTurn(Declaration declaration, int sectionId)
    {
        if (declaration.Status != DeclarationStatus.Submitted)
        {
            return WorkflowOutcome.Refused(WorkflowRefusal.StaleVersion, $"该申报表当前为“{declaration.Status.Label()}”，本次审核未执行。");
        }

        return declaration.Review.AwaitingSectionId == sectionId
            ? null
            : WorkflowOutcome.Refused(WorkflowRefusal.NotYours, "该申报表当前不在本科室的审核环节，本次审核未执行。");
    }

    private static WorkflowOutcome? CheckOpinion(string? opinion, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(opinion))
        {
            return WorkflowOutcome.Refused(WorkflowRefusal.Incomplete, "退回时须填写审核意见，说明需要修改的内容。");
        }

        if (opinion?.Length > OpinionMaxLength)
        {
            return WorkflowOutcome.Refused(WorkflowRefusal.Incomplete, $"审核意见不能超过 {OpinionMaxLength} 个字。");
        }

        return TextCharacters.Problem(opinion, "审核意见") is { } problem ? WorkflowOutcome.Refused(WorkflowRefusal.Incomplete, problem) : null;
    }
}
