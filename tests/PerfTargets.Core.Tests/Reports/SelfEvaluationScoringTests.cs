using PerfTargets.Core.Reports;

namespace PerfTargets.Core.Tests.Reports;

/// <summary>
/// 自评评分 against a hand calculation, line by line. Without weights the default split applies:
/// 产出 50 shared by its two applicable rows (the 不适用 成本 row is dropped), 效益 30 by two, 满意度 10,
/// 资金执行率 10 — together 100.
/// </summary>
public class SelfEvaluationScoringTests
{
    //  序号 指标            年度指标值  实际      分值    得分 (hand)
    //  1    接待游客人次    ≥1000人次   900       25      900÷1000×25           = 22.50
    //  2    投诉处理天数    ≤5天        8         25      5÷8×25 = 15.625       → 15.63
    //  3    不适用          —           —         —       dropped
    //  4    带动就业人数    ≥200人      150       15      150÷200×15            = 11.25
    //  5    景区生态环境    持续改善    基本达成  15      80%×15                = 12.00
    //  6    游客满意度      ≥90%        92        10      capped at 10          = 10.00
    //       资金执行率      1,000,000   850,000   10      0.85×10               =  8.50
    //       总分                                  100                           = 79.88 → 中
    private static readonly (int Sequence, decimal Points, decimal Score)[] HandCalculation =
    [
        (1, 25m, 22.50m),
        (2, 25m, 15.63m),
        (4, 15m, 11.25m),
        (5, 15m, 12.00m),
        (6, 10m, 10.00m),
    ];

    [Fact]
    public void The_default_split_scores_as_the_hand_calculation()
    {
        var approved = ReportScene.Approved();

        var score = SelfEvaluationScoring.Score(approved, ReportScene.SelfEvaluation(approved), new ReportSettings());

        score.Lines.Where(l => !l.Dropped).Select(l => (l.IndicatorSequence, l.Points, l.Score)).ShouldBe(HandCalculation);
        score.Lines.Single(l => l.Dropped).IndicatorSequence.ShouldBe(3);
        (score.FundingPoints, score.FundingRate, score.FundingScore).ShouldBe((10m, 0.85m, 8.50m));
        score.Total.ShouldBe(79.88m);
        score.Grade.ShouldBe("中");
    }

    //  With the declaration's weights 20/20/10(不适用)/20/10/10: the 80 applicable points scaled to 90 (×1.125).
    //  1  22.50 × 0.9    = 20.25
    //  2  22.50 × 5/8    = 14.0625 → 14.06
    //  4  22.50 × 0.75   = 16.875  → 16.88
    //  5  11.25 × 0.8    =  9.00
    //  6  11.25 × 1      = 11.25
    //  资金                 8.50      总分 79.94 → 中
    [Fact]
    public void Weights_are_the_points_rescaled_after_dropping_the_not_applicable_row()
    {
        var approved = ReportScene.Approved(weighted: true);

        var score = SelfEvaluationScoring.Score(approved, ReportScene.SelfEvaluation(approved), new ReportSettings());

        score.Lines.Where(l => !l.Dropped).Select(l => (l.IndicatorSequence, l.Points, l.Score))
            .ShouldBe([(1, 22.50m, 20.25m), (2, 22.50m, 14.06m), (4, 22.50m, 16.88m), (5, 11.25m, 9.00m), (6, 11.25m, 11.25m)]);
        score.Lines.Where(l => !l.Dropped).Sum(l => l.Points).ShouldBe(90m);
        score.Total.ShouldBe(79.94m);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(5, 1)]
    [InlineData(10, 0.5)]
    public void A_lower_is_better_target_earns_target_over_actual_and_full_points_at_zero(decimal actual, decimal share)
    {
        var indicator = ReportScene.Quantitative(1, "产出指标", "时效指标", "投诉处理天数", Core.Declarations.Comparator.LessOrEqual, 5m, "天");

        SelfEvaluationScoring.ShareEarned(indicator, new ReportLine { Actual = actual }, new ReportSettings()).ShouldBe(share);
    }

    [Fact]
    public void A_negative_direction_reads_below_as_above()
    {
        var indicator = ReportScene.Quantitative(1, "效益指标", "生态效益指标", "垃圾量", Core.Declarations.Comparator.Equal, 40m, "吨");
        indicator.Direction = Core.Declarations.IndicatorDirection.Negative;

        SelfEvaluationScoring.ShareEarned(indicator, new ReportLine { Actual = 50m }, new ReportSettings()).ShouldBe(0.8m);
        SelfEvaluationScoring.ShareEarned(indicator, new ReportLine { Actual = 30m }, new ReportSettings()).ShouldBe(1m);
    }

    [Theory]
    [InlineData(95, "优")]
    [InlineData(90, "优")]
    [InlineData(89.99, "良")]
    [InlineData(80, "良")]
    [InlineData(60, "中")]
    [InlineData(59.99, "差")]
    public void The_grade_follows_the_thresholds(decimal total, string grade) =>
        new ReportSettings().GradeOf(total).ShouldBe(grade);

    [Fact]
    public void A_configured_grade_table_and_funding_points_are_used()
    {
        var approved = ReportScene.Approved();
        var settings = new ReportSettings { FundingPoints = 20m, QualitativeGrades = [new("达成", 100m), new("基本达成", 50m)] };

        var score = SelfEvaluationScoring.Score(approved, ReportScene.SelfEvaluation(approved), settings);

        // 80 shared as 2×22.22 + 2×13.33 + 8.89: each printed to two decimals, so the sum may miss by a cent.
        score.Lines.Where(l => !l.Dropped).Sum(l => l.Points).ShouldBe(80m, 0.01m);
        score.Lines.Single(l => l.IndicatorSequence == 5).Score.ShouldBe(Math.Round(80m * 15m / 90m * 0.5m, 2));
        score.FundingScore.ShouldBe(17m);
    }
}
