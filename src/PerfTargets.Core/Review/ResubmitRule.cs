namespace PerfTargets.Core.Review;

/// <summary>Where a declaration resubmitted after a return (退回后重新提交) goes.</summary>
public enum ResubmitRule
{
    /// <summary>Straight back to the section that returned it; earlier approvals stand.</summary>
    ResumeAtReturningSection = 0,

    /// <summary>Through the whole chain again from the first section.</summary>
    RestartChain = 1,
}
