using PerfTargets.Core.Declarations;
using PerfTargets.Core.Reports;

namespace PerfTargets.Data.Reports;

/// <summary>A report at a glance: a 监控's light, or a 自评's total and grade, with its state.</summary>
public sealed record ReportGlance(int DeclarationId, int ReportId, ReportKind Kind, DateOnly AsOf, string Title, DeclarationStatus Status, Signal? Signal, decimal? Total, string? Grade)
{
    public static ReportGlance Of(PerformanceReport report, Declaration approved, ReportSettings settings)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Kind == ReportKind.Monitoring)
        {
            return new(report.DeclarationId, report.Id, report.Kind, report.AsOf, report.Title, report.Status, MonitoringRules.SignalOf(approved, report, settings), null, null);
        }

        var score = SelfEvaluationScoring.Score(approved, report, settings);
        return new(report.DeclarationId, report.Id, report.Kind, report.AsOf, report.Title, report.Status, null, score.Total, score.Grade);
    }

    /// <summary>How a list or a workbook cell says it: 6月30日 黄（已批复）, 自评 97.59 优（草稿）.</summary>
    public string Text => Kind == ReportKind.Monitoring
        ? $"{AsOf.Month}月{AsOf.Day}日 {Signal!.Value.Label()}（{Status.Label()}）"
        : $"自评 {Total!.Value:0.##} {Grade}（{Status.Label()}）";
}
