namespace PerfTargets.Core.Validation.Review;

/// <summary>How the rules name an indicator and read what it is about, defined once for all of them.</summary>
internal static class IndicatorReading
{
    /// <summary>How a message names an indicator: by its name, or by its place while it has none.</summary>
    public static string Label(Indicator indicator, int index) =>
        string.IsNullOrWhiteSpace(indicator.Name) ? $"第 {index + 1} 个三级指标" : $"“{indicator.Name.Trim()}”";

    /// <summary>Whether the indicator measures satisfaction (满意, 满意度, 满意程度), wherever it stands.</summary>
    public static bool MeasuresSatisfaction(Indicator indicator) => indicator.Name.Contains("满意", StringComparison.Ordinal);

    /// <summary>Whether it stands under 满意度指标 (as 一级 in every framework, or as the 二级 older forms use).</summary>
    public static bool StandsUnderSatisfaction(Indicator indicator) =>
        indicator.Level1.Contains("满意度", StringComparison.Ordinal) || indicator.Level2.Contains("满意度", StringComparison.Ordinal);

    /// <summary>Whether it stands under 效益指标 (效果指标 on local forms).</summary>
    public static bool StandsUnderBenefit(Indicator indicator) =>
        indicator.Level1.Contains("效益", StringComparison.Ordinal) || indicator.Level1.Contains("效果", StringComparison.Ordinal);

    /// <summary>What it measures: its 二级's kind, or 成本 for a row under the 2021 成本指标 一级.</summary>
    public static Level2Kind KindOf(Indicator indicator)
    {
        var kind = UnitTable.KindOf(indicator.Level2);
        return kind == Level2Kind.Other && indicator.Level1.Contains("成本", StringComparison.Ordinal) ? Level2Kind.Cost : kind;
    }

    /// <summary>
    /// The targets the row fills, annual first, with the member a path names ("annual", "midTerm") and
    /// the period's name. Paths are built (<see cref="TargetPath"/>) only for a finding: most rows have none.
    /// </summary>
    public static IEnumerable<(IndicatorTarget Target, string Member, string Period)> FilledTargets(Indicator indicator)
    {
        if (!indicator.Annual.IsEmpty)
        {
            yield return (indicator.Annual, "annual", "年度指标值");
        }

        if (!indicator.MidTerm.IsEmpty)
        {
            yield return (indicator.MidTerm, "midTerm", "中期指标值");
        }
    }

    /// <summary>"indicators[3].annual": where a finding about a target stands.</summary>
    public static string TargetPath(int index, string member) => $"indicators[{index}].{member}";

    /// <summary>The applicable rows with their indexes in the declaration.</summary>
    public static IEnumerable<(Indicator Indicator, int Index)> Applicable(Declaration declaration) =>
        declaration.Indicators.Select((indicator, index) => (indicator, index)).Where(r => !r.indicator.IsNotApplicable);
}
