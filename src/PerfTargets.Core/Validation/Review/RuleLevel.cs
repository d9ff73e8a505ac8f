namespace PerfTargets.Core.Validation.Review;

/// <summary>How an installation wants a rule's findings: not at all, as 提示, or as 错误 (blocking submission).</summary>
public enum RuleLevel
{
    /// <summary>关闭</summary>
    Off,

    /// <summary>提示</summary>
    Warning,

    /// <summary>错误</summary>
    Error,
}
