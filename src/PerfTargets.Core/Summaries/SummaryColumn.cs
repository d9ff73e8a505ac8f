using System.Globalization;
using PerfTargets.Core.Money;

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
public sealed record SummaryColumn(string Key, string Group, string Heading, SummaryValueKind Kind, Func<SummaryFigures, decimal> Value, SummaryDrill Drill)
{
    /// <summary>The number as the table shows it: an amount in <paramref name="unit"/> (<see cref="MoneyDisplay"/>), a count with separators.</summary>
    public string Text(SummaryFigures figures, MoneyUnit unit)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var value = Value(figures);
        return Kind == SummaryValueKind.Money ? unit.Format(value) : value.ToString("#,##0", CultureInfo.InvariantCulture);
    }

    /// <summary>Whether any declaration stands behind the number in a row with these figures: a count of none has nothing to show.</summary>
    public bool HasDeclarations(SummaryFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return Drill == SummaryDrill.All ? figures.Count > 0 : Value(figures) > 0;
    }
}
