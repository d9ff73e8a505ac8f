namespace PerfTargets.Core.Review;

/// <summary>How a workflow action ended: done, or refused with the reason the user reads.</summary>
public sealed record WorkflowOutcome(bool Done, string? Refusal, WorkflowRefusal Reason = WorkflowRefusal.None)
{
    public static WorkflowOutcome Success { get; } = new(true, null);

    /// <summary>The state the user acted on has changed since: someone else acted or saved first.</summary>
    public static WorkflowOutcome MovedOn { get; } = new(false, "该申报表在您打开后已被处理或修改，本次操作未执行。请查看它的最新状态。", WorkflowRefusal.StaleVersion);

    public static WorkflowOutcome Refused(WorkflowRefusal reason, string message) => new(false, message, reason);
}

/// <summary>Why an action was refused; <see cref="NotYours"/> is audited as 越权被拒, <see cref="StaleVersion"/> as 操作未执行.</summary>
public enum WorkflowRefusal
{
    None,

    /// <summary>The declaration is not where the action needs it (already submitted, not yet submitted…).</summary>
    WrongState,

    /// <summary>The declaration or the step belongs to someone else (another department, another section).</summary>
    NotYours,

    /// <summary>The user acted on a version or a state that has since changed (double click, concurrent reviewer).</summary>
    StaleVersion,

    /// <summary>Validation errors remain.</summary>
    Invalid,

    /// <summary>Something the action needs is missing (an opinion, a review chain, a seal).</summary>
    Incomplete,

    /// <summary>The round's deadline for the department has passed and no extension covers today (逾期).</summary>
    PastDeadline,
}
