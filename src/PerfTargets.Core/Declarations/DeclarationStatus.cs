namespace PerfTargets.Core.Declarations;

/// <summary>Where a declaration stands in the review workflow (申报状态).</summary>
public enum DeclarationStatus
{
    /// <summary>草稿</summary>
    Draft = 0,

    /// <summary>已提交 / 审核中</summary>
    Submitted = 1,

    /// <summary>已批复</summary>
    Approved = 2,
}
