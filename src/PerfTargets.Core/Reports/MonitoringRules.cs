namespace PerfTargets.Core.Reports;

/// <summary>
/// The rules of 运行监控 (财预〔2019〕136号, “双监控”: money and targets together). A deviation is
/// spending more than <see cref="ReportSettings.SpendingLagThreshold"/> percentage points behind the 资金支出计划
/// for the report's date (<see cref="PlannedSpending"/>), or a 定量 indicator whose 预计全年完成值 falls
/// short of its 年度指标值 — short meaning above it for a ≤ / 反向 target — or any indicator the filer
/// says will not be met. A deviation needs 偏差原因 and 纠偏措施.
/// </summary>
public static class MonitoringRules
{
    /// <summary>How far execution lags the plan at the report's date, in percentage points; null without a plan or a rate.</summary>
    public static decimal? SpendingLag(Declaration approved, PerformanceReport report)
    {
        ArgumentNullException.ThrowIfNull(approved);
        ArgumentNullException.ThrowIfNull(report);
        return PlannedSpending.PercentAt(approved.DisbursementPlan, report.AsOf) is { } planned && report.Funding.Rate is { } rate
            ? planned - (rate * 100m)
            : null;
    }

    public static bool SpendingDeviates(Declaration approved, PerformanceReport report, ReportSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return SpendingLag(approved, report) is { } lag && lag > settings.SpendingLagThreshold;
    }

    /// <summary>Whether the line shows a deviation: a projected miss of a numeric target, or the filer's own 不能完成.</summary>
    public static bool Deviates(Indicator indicator, ReportLine line)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(line);
        var projectedMiss = TargetReading.IsNumeric(indicator) && line.Projected is { } projected && !TargetReading.Meets(indicator, projected);
        return projectedMiss || line.WillMeet == false;
    }

    /// <summary>Whether a deviation has both its 偏差原因 and its 纠偏措施.</summary>
    public static bool Explained(ReportLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return Explained(line.Reason, line.Measure);
    }

    public static bool Explained(string? reason, string? measure) => !string.IsNullOrWhiteSpace(reason) && !string.IsNullOrWhiteSpace(measure);

    public static Signal SignalOf(Indicator indicator, ReportLine line) =>
        !Deviates(indicator, line) ? Signal.Green
        : line.WillMeet != false && Explained(line) ? Signal.Yellow
        : Signal.Red;

    /// <summary>The funding's light: 绿 on plan, 黄 behind plan with its reason and measure, 红 behind plan without them.</summary>
    public static Signal FundingSignal(Declaration approved, PerformanceReport report, ReportSettings settings)
    {
        ArgumentNullException.ThrowIfNull(report);
        return !SpendingDeviates(approved, report, settings) ? Signal.Green
            : Explained(report.Funding.Reason, report.Funding.Measure) ? Signal.Yellow
            : Signal.Red;
    }

    /// <summary>The report's light: the worst of its funding and its lines.</summary>
    public static Signal SignalOf(Declaration approved, PerformanceReport report, ReportSettings settings)
    {
        ArgumentNullException.ThrowIfNull(approved);
        ArgumentNullException.ThrowIfNull(report);
        var lines = approved.Indicators
            .Select(i => report.LineFor(i.Sequence) is { } line ? SignalOf(i, line) : Signal.Green);
        return Signals.Worst(lines.Append(FundingSignal(approved, report, settings)));
    }
}
