namespace PerfTargets.Core.Reports;

/// <summary>
/// Which reports may be opened on a declaration: only on an approved version; a 监控 report as of one
/// of the configured monitoring dates of the budget year, once each; the 自评 once, as of 12月31日.
/// </summary>
public static class ReportOpening
{
    public const string NotApproved = "只有已批复的申报表可以填报运行监控和绩效自评。";

    /// <summary>The date a report of <paramref name="kind"/> speaks as of, or null when <paramref name="asOf"/> is no date the settings allow.</summary>
    public static DateOnly? DateOf(ReportKind kind, int budgetYear, DateOnly? asOf, ReportSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return kind == ReportKind.SelfEvaluation
            ? new DateOnly(budgetYear, 12, 31)
            : asOf is { } date && settings.MonitoringDates(budgetYear).Contains(date) ? date : null;
    }

    /// <summary>Why a report cannot be opened; null when it can. <paramref name="existing"/> are the declaration's reports.</summary>
    public static string? Check(bool hasApprovedVersion, ReportKind kind, DateOnly? date, IEnumerable<PerformanceReport> existing, ReportSettings settings, int budgetYear)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(settings);
        if (!hasApprovedVersion)
        {
            return NotApproved;
        }

        if (date is null)
        {
            var dates = string.Join("、", settings.MonitoringDates(budgetYear).Select(d => $"{d.Month}月{d.Day}日"));
            return $"运行监控只在监控时点填报：{dates}。";
        }

        return existing.Any(r => r.Kind == kind && r.AsOf == date)
            ? kind == ReportKind.SelfEvaluation ? "本年度的绩效自评已经建立。" : $"{date.Value.Month}月{date.Value.Day}日的运行监控报告已经建立。"
            : null;
    }
}
