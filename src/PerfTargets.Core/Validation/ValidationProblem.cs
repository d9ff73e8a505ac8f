namespace PerfTargets.Core.Validation;

/// <summary>
/// One problem found in a declaration (审核意见的一条): which rule, how serious, the field it
/// belongs to as a camel-case path ("budgetLines[2].amount", "indicators[5].annual"), and the
/// message in Chinese. Errors block submission; warnings are shown but do not.
/// </summary>
public sealed record ValidationProblem(string Rule, Severity Severity, string Path, string Message)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>Severity as the pages and the API print it: 错误, 提示.</summary>
    public string SeverityLabel => IsError ? "错误" : "提示";
}
