namespace PerfTargets.Data.DemoData;

/// <summary>Where a scale-demo declaration is left in the review workflow, and the steps that take it there.</summary>
public enum ScaleState
{
    /// <summary>草稿, never submitted.</summary>
    Draft,

    /// <summary>草稿 with errors the filer has still to fix (of the seed form itself, or made on purpose).</summary>
    DraftWithErrors,

    /// <summary>已提交, waiting on the first section.</summary>
    Submitted,

    /// <summary>已提交, approved by the first section, waiting on the next.</summary>
    PartlyApproved,

    /// <summary>退回 by the first section: a 草稿 again, with its version and history.</summary>
    ReturnedByFirst,

    /// <summary>Approved by the first section, 退回 by the second.</summary>
    ReturnedBySecond,

    /// <summary>已批复 on its first submission.</summary>
    Approved,

    /// <summary>Returned by the second section, fixed, resubmitted and 已批复 as 第 2 版.</summary>
    ApprovedOnResubmission,
}
