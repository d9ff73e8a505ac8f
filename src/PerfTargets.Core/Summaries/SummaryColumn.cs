namespace PerfTargets.Core.Summaries;

/// <summary>What a column of the 汇总表 holds: a number of declarations, indicators or problems, or an amount in 元.</summary>
public enum SummaryValueKind
{
    Count,
    Money,
}

/// <summary>
/// One column of the 汇总表: the group it stands under (申报份数, 年度资金 …) and its own heading, what
/// it holds, how to read it from a row's <see cref="SummaryFigures"/>, and which declarations stand
/// behind its numbers (<see cref="Drill"/>).
/// </summary>
public sealed record SummaryColumn(string Key, string Group, string Heading, SummaryValueKind Kind, Func<SummaryFigures, decimal> Value, SummaryDrill Drill);
