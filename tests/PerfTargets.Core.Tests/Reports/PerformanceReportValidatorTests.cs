using PerfTargets.Core.Reports;
using PerfTargets.Core.Review;

namespace PerfTargets.Core.Tests.Reports;

/// <summary>What a report must say before submission: the messages name the line and stand at its field.</summary>
public class PerformanceReportValidatorTests
{
    private static readonly ReportSettings Settings = new();

    private static PerformanceReport MidYear(out Core.Declarations.Declaration approved)
    {
        approved = ReportScene.Approved();
        var report = PerformanceReport.Open(approved, 70, ReportKind.Monitoring, new DateOnly(2026, 6, 30));
        report.Funding.Executed = 580_000m;
        foreach (var line in report.Lines)
        {
            var indicator = approved.Indicators.Single(i => i.Sequence == line.IndicatorSequence);
            (line.Actual, line.Projected, line.WillMeet) = (indicator.Annual.Value / 2, indicator.Annual.Value, true);
        }

        report.LineFor(5)!.ActualText = "植被恢复按计划进行";
        return report;
    }

    private static Dictionary<string, string> Errors(PerformanceReport report, Core.Declarations.Declaration approved) =>
        new PerformanceReportValidator(approved, Settings).Validate(report).Errors.ToDictionary(e => e.PropertyName, e => e.ErrorMessage);

    [Fact]
    public void A_report_on_track_passes()
    {
        var report = MidYear(out var approved);

        Errors(report, approved).ShouldBeEmpty();
    }

    [Fact]
    public void A_lagging_indicator_needs_its_reason_and_measure_at_its_line()
    {
        var report = MidYear(out var approved);
        report.LineFor(1)!.Projected = 800m;

        var errors = Errors(report, approved);

        errors.Keys.ShouldBe(["Lines[0].Reason", "Lines[0].Measure"], ignoreOrder: true);
        errors["Lines[0].Reason"].ShouldBe("第1行“接待游客人次”：预计全年完成值 800 达不到年度指标值 ≥1000人次，请填写偏差原因。");
        report.LineFor(1)!.Reason = "上半年闭园修缮";
        report.LineFor(1)!.Measure = "延长开放时间";
        Errors(report, approved).ShouldBeEmpty();
    }

    [Fact]
    public void Spending_behind_plan_needs_a_reason_at_the_funding()
    {
        var report = MidYear(out var approved);
        report.Funding.Executed = 400_000m;

        var errors = Errors(report, approved);

        errors.Keys.ShouldBe(["Funding.Reason", "Funding.Measure"], ignoreOrder: true);
        errors["Funding.Reason"].ShouldBe("截至6月30日资金执行率 40%，落后资金支出计划（60%）20 个百分点，超过 10 个百分点，请填写偏差原因。");
    }

    [Fact]
    public void Missing_answers_are_asked_for_by_line()
    {
        var report = MidYear(out var approved);
        (report.LineFor(2)!.Actual, report.LineFor(2)!.Projected, report.LineFor(2)!.WillMeet) = (null, null, null);

        Errors(report, approved).ShouldBe(new Dictionary<string, string>
        {
            ["Lines[1].Actual"] = "第2行“投诉处理天数”：请填写实际完成值（年度指标值 ≤5天）。",
            ["Lines[1].Projected"] = "第2行“投诉处理天数”：请填写预计全年完成值。",
            ["Lines[1].WillMeet"] = "第2行“投诉处理天数”：请选择能否完成年度目标。",
        });
    }

    [Fact]
    public void A_self_evaluation_asks_for_grades_and_for_the_reasons_of_each_shortfall()
    {
        var approved = ReportScene.Approved();
        var report = ReportScene.SelfEvaluation(approved);
        new PerformanceReportValidator(approved, Settings).Validate(report).IsValid.ShouldBeTrue();

        report.LineFor(5)!.Grade = "很好";
        report.LineFor(4)!.Measure = null;

        Errors(report, approved).ShouldBe(new Dictionary<string, string>
        {
            ["Lines[2].Measure"] = "第4行“带动就业人数”：未完成年度指标值，请填写改进措施。",
            ["Lines[3].Grade"] = "第5行“景区生态环境”：请选择完成等级（达成、基本达成、部分达成、未达成）。",
        });
    }

    [Fact]
    public void A_frozen_report_reads_back_and_refuses_altered_content()
    {
        var approved = ReportScene.Approved();
        var version = ReportVersion.Freeze(ReportScene.SelfEvaluation(approved), 1, new DateTime(2027, 1, 10, 0, 0, 0, DateTimeKind.Utc), 3, "山海关填报人");

        version.Read().LineFor(1)!.Actual.ShouldBe(900m);
        version.Content = version.Content.Replace("900", "1000", StringComparison.Ordinal);

        Should.Throw<AlteredVersionException>(version.Read).Message.ShouldContain("第 1 版");
    }
}
