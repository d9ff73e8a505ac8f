using PerfTargets.Core.Declarations;
using PerfTargets.Core.Reports;

namespace PerfTargets.Core.Tests.Reports;

/// <summary>运行监控: the plan read between month-ends, the spending lag, projected misses in both directions, and the lights.</summary>
public class MonitoringRulesTests
{
    [Theory]
    [InlineData(3, 31, 20)]
    [InlineData(6, 30, 60)]
    [InlineData(12, 31, 100)]
    public void At_a_point_the_plan_is_the_point(int month, int day, decimal percent) =>
        PlannedSpending.PercentAt(ReportScene.Approved().DisbursementPlan, new DateOnly(2026, month, day)).ShouldBe(percent);

    [Fact]
    public void Between_points_the_plan_is_read_on_a_straight_line_by_days()
    {
        // 6月30日 60% → 10月31日 80%: 9月30日 is 92 of the 123 days along.
        var planned = PlannedSpending.PercentAt(ReportScene.Approved().DisbursementPlan, new DateOnly(2026, 9, 30))!.Value;

        Math.Round(planned, 2).ShouldBe(74.96m);
    }

    [Fact]
    public void A_blank_point_is_passed_over_and_an_empty_plan_reads_nothing()
    {
        var plan = new DisbursementPlan { June = 50m, December = 100m };

        PlannedSpending.PercentAt(plan, new DateOnly(2026, 3, 31))!.Value.ShouldBe(50m * 90 / 181);
        PlannedSpending.PercentAt(new DisbursementPlan(), new DateOnly(2026, 6, 30)).ShouldBeNull();
    }

    [Theory]
    [InlineData(500_000, false)]
    [InlineData(490_000, true)]
    public void Spending_more_than_ten_points_behind_the_plan_deviates(decimal executed, bool deviates)
    {
        var approved = ReportScene.Approved();
        var report = PerformanceReport.Open(approved, 70, ReportKind.Monitoring, new DateOnly(2026, 6, 30));
        report.Funding.Executed = executed;

        MonitoringRules.SpendingDeviates(approved, report, new ReportSettings()).ShouldBe(deviates);
    }

    [Theory]
    [InlineData(1, 1200, false)]
    [InlineData(1, 1000, false)]
    [InlineData(1, 999, true)]
    [InlineData(2, 4, false)]
    [InlineData(2, 6, true)]
    public void A_projection_short_of_the_target_deviates_in_the_target_direction(int sequence, decimal projected, bool deviates)
    {
        var indicator = ReportScene.Approved().Indicators.Single(i => i.Sequence == sequence);
        var line = new ReportLine { IndicatorSequence = sequence, Projected = projected, WillMeet = true };

        MonitoringRules.Deviates(indicator, line).ShouldBe(deviates);
    }

    [Fact]
    public void The_lights_are_green_on_track_yellow_explained_and_red_unexplained_or_missed()
    {
        var indicator = ReportScene.Approved().Indicators[0];

        MonitoringRules.SignalOf(indicator, new ReportLine { Projected = 1000m, WillMeet = true }).ShouldBe(Signal.Green);
        MonitoringRules.SignalOf(indicator, new ReportLine { Projected = 800m, WillMeet = true }).ShouldBe(Signal.Red);
        MonitoringRules.SignalOf(indicator, new ReportLine { Projected = 800m, WillMeet = true, Reason = "闭园修缮", Measure = "延长开放" }).ShouldBe(Signal.Yellow);
        MonitoringRules.SignalOf(indicator, new ReportLine { Projected = 800m, WillMeet = false, Reason = "闭园修缮", Measure = "延长开放" }).ShouldBe(Signal.Red);
    }

    [Fact]
    public void The_report_shows_its_worst_light()
    {
        var approved = ReportScene.Approved();
        var report = PerformanceReport.Open(approved, 70, ReportKind.Monitoring, new DateOnly(2026, 6, 30));
        report.Funding.Executed = 600_000m;
        foreach (var line in report.Lines)
        {
            (line.Projected, line.WillMeet) = (approved.Indicators.Single(i => i.Sequence == line.IndicatorSequence).Annual.Value, true);
        }

        MonitoringRules.SignalOf(approved, report, new ReportSettings()).ShouldBe(Signal.Green);
        report.Funding.Executed = 100_000m;
        MonitoringRules.SignalOf(approved, report, new ReportSettings()).ShouldBe(Signal.Red);
    }

    [Fact]
    public void The_monitoring_dates_default_to_june_and_september()
    {
        new ReportSettings().MonitoringDates(2026).ShouldBe([new DateOnly(2026, 6, 30), new DateOnly(2026, 9, 30)]);
    }
}
