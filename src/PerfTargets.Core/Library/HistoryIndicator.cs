namespace PerfTargets.Core.Library;

/// <summary>
/// A 三级指标 as one department filed it in its approved declarations: how it was last written, its
/// latest 中期 and 年度 targets, and the 年度指标值 it had in each budget year.
/// </summary>
public sealed record HistoryIndicator(
    int DepartmentId, string Level1, string Level2, string Name, IndicatorNature Nature, string? Unit, Comparator? Comparator,
    IndicatorDirection? Direction, IReadOnlyList<YearValue> Values, IndicatorTarget? LastMidTerm = null, IndicatorTarget? LastAnnual = null)
{
    /// <summary>The latest year's value, as printed (≥95%).</summary>
    public YearValue LastValue => Values[^1];
}

/// <summary>An indicator's 年度指标值 in one budget year, as printed.</summary>
public sealed record YearValue(int Year, string Value);
