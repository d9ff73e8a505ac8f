namespace PerfTargets.Core.Reports;

/// <summary>
/// 自评评分, by the method of the 项目支出绩效自评表 (财预〔2020〕10号):
/// <list type="bullet">
/// <item>a ≥ target (正向): 实际完成值 ÷ 指标值 × 分值, at most the 分值;</item>
/// <item>a ≤ target (反向): 指标值 ÷ 实际完成值 × 分值, full points when the actual is at or under the target (0 included);</item>
/// <item>定性: the share of the 分值 its 完成等级 earns (<see cref="ReportSettings.QualitativeGrades"/>);</item>
/// <item>资金执行率: min(执行数 ÷ 全年预算数, 1) × its points (10 by default);</item>
/// </list>
/// each score rounded to two decimals, the total the sum of the rounded scores (so the printed table
/// adds up), its 等级 from <see cref="ReportSettings.ScoreGrades"/>. 分值 per <see cref="IndicatorPoints"/>.
/// </summary>
public static class SelfEvaluationScoring
{
    public static SelfEvaluationScore Score(Declaration approved, PerformanceReport report, ReportSettings settings)
    {
        ArgumentNullException.ThrowIfNull(approved);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(settings);
        var points = IndicatorPoints.Allocate(approved, settings);
        var lines = approved.Indicators.OrderBy(i => i.Sequence).Select(indicator =>
        {
            if (!points.TryGetValue(indicator.Sequence, out var worth))
            {
                return new ScoredLine(indicator.Sequence, Dropped: true, 0m, 0m);
            }

            var line = report.LineFor(indicator.Sequence);
            return new ScoredLine(indicator.Sequence, Dropped: false, Round(worth), Round(worth * ShareEarned(indicator, line, settings)));
        }).ToList();

        var rate = report.Funding.Rate;
        var fundingScore = Round(Math.Clamp(rate ?? 0m, 0m, 1m) * settings.FundingPoints);
        var total = lines.Sum(l => l.Score) + fundingScore;
        return new SelfEvaluationScore(lines, settings.FundingPoints, rate, fundingScore, total, settings.GradeOf(total));
    }

    /// <summary>The share of its points, 0–1, an indicator earns from what the report says of it.</summary>
    public static decimal ShareEarned(Indicator indicator, ReportLine? line, ReportSettings settings)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(settings);
        if (!TargetReading.IsNumeric(indicator))
        {
            return (settings.PercentOf(line?.Grade) ?? 0m) / 100m;
        }

        if (line?.Actual is not { } actual)
        {
            return 0m;
        }

        var target = indicator.Annual.Value!.Value;
        if (TargetReading.Meets(indicator, actual))
        {
            return 1m;
        }

        // Short of the target: the ratio, which is below 1 here; a target of 0 or below leaves no ratio to take.
        if (TargetReading.LowerIsBetter(indicator))
        {
            return target > 0 ? target / actual : 0m;
        }

        return target > 0 && actual > 0 ? actual / target : 0m;
    }

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
