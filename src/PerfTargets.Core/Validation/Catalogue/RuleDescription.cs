namespace PerfTargets.Core.Validation.Catalogue;

/// <summary>
/// 规则说明: one rule as the catalogue page explains it — what it checks, why (the guidance it comes
/// from), an entry that fails and one that passes, and how serious its findings are as built.
/// </summary>
public sealed record RuleDescription(string Code, string Title, string Checks, string Why, string Fails, string Passes, RuleSeverities Severities);

/// <summary>Which severities a rule reports as built: some rules have errors and warnings for different findings.</summary>
[Flags]
public enum RuleSeverities
{
    /// <summary>提示</summary>
    Warning = 1,

    /// <summary>错误</summary>
    Error = 2,
}
