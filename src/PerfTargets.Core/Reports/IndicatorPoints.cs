namespace PerfTargets.Core.Reports;

/// <summary>
/// 分值: what each indicator is worth in a 自评, together <see cref="ReportSettings.IndicatorPoints"/>
/// (90 when 资金执行率 takes 10). The points come from the approved declaration's own weights
/// (<see cref="Indicator.Weight"/>); without them from its 一级分值 (<see cref="Level1Weight"/>) shared
/// equally within each 一级; without either from the published default split. 不适用 rows are
/// dropped and the rest scaled so that the indicators stay worth the same together.
/// </summary>
/// <remarks>
/// The default split — 产出指标 50, 效益指标 30, 满意度指标 10, with 资金执行率 10 — is the one printed
/// on the 项目支出绩效自评表 of 财预〔2020〕10号 附件; confirmed against a published filled form, the 2022
/// 自评表 of 池州市贵池区棠溪镇人民政府 (“产出指标(50分)… 效益指标(30分)… 满意度指标(10分)”, 资金 分值 10).
/// </remarks>
public static class IndicatorPoints
{
    /// <summary>The points of every applicable indicator, by its sequence; 不适用 rows are absent.</summary>
    public static IReadOnlyDictionary<int, decimal> Allocate(Declaration declaration, ReportSettings settings)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(settings);
        var applicable = declaration.Indicators.Where(i => !i.IsNotApplicable).ToList();
        if (applicable.Count == 0)
        {
            return new Dictionary<int, decimal>();
        }

        var raw = RawPoints(declaration, applicable, settings);
        var sum = raw.Values.Sum();
        return sum > 0
            ? raw.ToDictionary(p => p.Key, p => p.Value * settings.IndicatorPoints / sum)
            : applicable.ToDictionary(i => i.Sequence, _ => settings.IndicatorPoints / applicable.Count);
    }

    private static Dictionary<int, decimal> RawPoints(Declaration declaration, List<Indicator> applicable, ReportSettings settings)
    {
        if (applicable.Exists(i => i.Weight is not null))
        {
            return applicable.ToDictionary(i => i.Sequence, i => i.Weight ?? 0m);
        }

        Func<string, decimal> level1Points = declaration.Level1Weights.Count > 0
            ? level1 => declaration.Level1Weights.Find(w => SameLevel1(w.Level1, level1))?.Weight ?? 0m
            : level1 => settings.DefaultLevel1Points.Find(p => SameLevel1(p.Level1, level1))?.Points ?? settings.OtherLevel1Points;
        return applicable
            .GroupBy(i => i.Level1)
            .SelectMany(group => group.Select(i => (i.Sequence, Points: level1Points(group.Key) / group.Count())))
            .ToDictionary(p => p.Sequence, p => p.Points);
    }

    /// <summary>产出 and 产出指标 name the same 一级.</summary>
    private static bool SameLevel1(string a, string b) =>
        string.Equals(Stem(a), Stem(b), StringComparison.Ordinal);

    private static string Stem(string level1)
    {
        var trimmed = level1.Trim();
        return trimmed.EndsWith("指标", StringComparison.Ordinal) ? trimmed[..^2] : trimmed;
    }
}
