namespace PerfTargets.Core.Review;

/// <summary>
/// Where a declaration stands in the review chain (审核流程): the section it waits on, the section
/// that last returned it, when it was submitted and how many versions it has. Workflow state, not
/// content: a copy or a frozen version does not carry it.
/// </summary>
public sealed class ReviewPosition
{
    /// <summary>The review section whose turn it is; null unless the declaration is 已提交.</summary>
    public int? AwaitingSectionId { get; set; }

    /// <summary>
    /// The section that returned the declaration (退回), where a resubmission goes straight back to;
    /// cleared once that section approves.
    /// </summary>
    public int? ReturnedBySectionId { get; set; }

    /// <summary>When the version under review was submitted, in UTC: the queue serves the oldest first.</summary>
    public DateTime? SubmittedAt { get; set; }

    /// <summary>The number of the latest frozen version (第 n 版); 0 before the first submission.</summary>
    public int VersionCount { get; set; }
}
