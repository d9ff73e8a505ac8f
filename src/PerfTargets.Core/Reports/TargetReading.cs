namespace PerfTargets.Core.Reports;

/// <summary>
/// How an approved 年度指标值 is measured against: by a number (定量 with a value) in one direction,
/// or by a 完成等级 (定性, or a 定量 row whose target is only words).
/// </summary>
public static class TargetReading
{
    /// <summary>Whether the indicator is scored and monitored by its number.</summary>
    public static bool IsNumeric(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.Nature == IndicatorNature.Quantitative && indicator.Annual.Value is not null;
    }

    /// <summary>
    /// Whether less is better: a ≤ or &lt; target, or a row marked 反向. For such a row "falling
    /// short" means coming out above the target.
    /// </summary>
    public static bool LowerIsBetter(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.Annual.Comparator is Comparator.LessOrEqual or Comparator.Less
            || indicator.Direction == IndicatorDirection.Negative;
    }

    /// <summary>Whether <paramref name="value"/> meets the numeric annual target, the direction taken into account.</summary>
    public static bool Meets(Indicator indicator, decimal value)
    {
        var target = indicator.Annual.Value ?? throw new InvalidOperationException($"Indicator {indicator.Sequence} has no numeric target.");
        return LowerIsBetter(indicator) ? value <= target : value >= target;
    }
}
