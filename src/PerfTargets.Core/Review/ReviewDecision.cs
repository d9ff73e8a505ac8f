using PerfTargets.Core.Auditing;

namespace PerfTargets.Core.Review;

/// <summary>
/// 工作流决定: what one workflow action comes to, decided once from its facts — refused with the
/// reason the user reads, or the declaration's next place in the workflow and what records the step
/// (the 流转记录 and the 审计记录).
/// </summary>
public sealed record ReviewDecision
{
    /// <summary>Done, or refused with its reason.</summary>
    public required WorkflowOutcome Outcome { get; init; }

    public bool Refused => !Outcome.Done;

    /// <summary>The step, as the 流转记录 names it.</summary>
    public DeclarationEventKind Event { get; init; }

    public DeclarationStatus Status { get; init; }

    /// <summary>The section whose turn it is next; null unless the declaration stays 已提交.</summary>
    public int? AwaitingSectionId { get; init; }

    /// <summary>The section a resubmission returns to, after this step.</summary>
    public int? ReturnedBySectionId { get; init; }

    /// <summary>A 提交 freezes this version (第 n 版); null for every other step.</summary>
    public int? NewVersionNumber { get; init; }

    /// <summary>The approval was the last section's: the declaration is 已批复.</summary>
    public bool IsFinalApproval { get; init; }

    /// <summary>The reviewing section of 审核通过 and 退回; null for the filer's own steps.</summary>
    public int? SectionId { get; init; }

    /// <summary>The department's or section's name the step is taken for.</summary>
    public string? ActingFor { get; init; }

    /// <summary>审核意见 (or, of 开启调整, the 调整原因), trimmed; null when none was given.</summary>
    public string? Opinion { get; init; }

    /// <summary>The seal the step bears: the section's on 审核通过, the department's on 提交.</summary>
    public int? SealId { get; init; }

    /// <summary>The audit row's action (操作类型).</summary>
    public AuditAction AuditAction => Event switch
    {
        DeclarationEventKind.Submitted => AuditAction.Submitted,
        DeclarationEventKind.Withdrawn => AuditAction.Withdrawn,
        DeclarationEventKind.Approved => AuditAction.Approved,
        DeclarationEventKind.Returned => AuditAction.Returned,
        DeclarationEventKind.AdjustmentOpened => AuditAction.AdjustmentOpened,
        _ => throw new InvalidOperationException($"No audit action for {Event}."),
    };

    public static ReviewDecision Refuse(WorkflowRefusal reason, string message) => new() { Outcome = WorkflowOutcome.Refused(reason, message) };

    /// <summary>Moves the declaration (or report) to its new place in the workflow; <paramref name="at"/> is when (UTC).</summary>
    public void ApplyTo(IReviewed declaration, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        if (Refused)
        {
            throw new InvalidOperationException("A refused action changes nothing.");
        }

        declaration.Status = Status;
        declaration.Review.AwaitingSectionId = AwaitingSectionId;
        declaration.Review.ReturnedBySectionId = ReturnedBySectionId;
        declaration.Review.VersionCount = NewVersionNumber ?? declaration.Review.VersionCount;

        // The queue's clock runs from a submission until the filer has the declaration back.
        declaration.Review.SubmittedAt = Event switch
        {
            DeclarationEventKind.Submitted => at,
            DeclarationEventKind.Withdrawn or DeclarationEventKind.Returned or DeclarationEventKind.AdjustmentOpened => null,
            _ => declaration.Review.SubmittedAt,
        };
    }

    /// <summary>The audit row's detail: the version (<paramref name="versionDetail"/>), and for a reviewer's step the section and its outcome.</summary>
    public string AuditDetail(string versionDetail) => Event switch
    {
        DeclarationEventKind.Approved => $"{versionDetail} {ActingFor}{(IsFinalApproval ? "审核通过，已批复" : "审核通过")}",
        DeclarationEventKind.Returned => $"{versionDetail} {ActingFor}退回修改",
        DeclarationEventKind.AdjustmentOpened => $"{versionDetail} 开启调整，原因：{Opinion}",
        _ => versionDetail,
    };
}
