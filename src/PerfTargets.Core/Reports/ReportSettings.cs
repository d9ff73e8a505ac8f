namespace PerfTargets.Core.Reports;

/// <summary>
/// The finance office's choices for 运行监控 and 自评 (section "Reports" of the settings). The
/// defaults follow 财预〔2019〕136号 (监控 at mid-year, with a second look in the autumn) and the
/// 项目支出绩效自评表 of 财预〔2020〕10号.
/// </summary>
public sealed class ReportSettings
{
    /// <summary>The dates of the year a 监控 report is filed as of, as month and day.</summary>
    public List<MonitoringPeriod> MonitoringPeriods { get; set; } = [new(6, 30), new(9, 30)];

    /// <summary>Spending more than this many percentage points behind the 资金支出计划 is a deviation.</summary>
    public decimal SpendingLagThreshold { get; set; } = 10m;

    /// <summary>资金执行率's points in a 自评 (分值); the indicators share what is left of 100.</summary>
    public decimal FundingPoints { get; set; } = 10m;

    /// <summary>How a 定性 indicator is scored: each grade a filer may choose and the share of its points it earns.</summary>
    public List<QualitativeGrade> QualitativeGrades { get; set; } =
    [
        new("达成", 100m),
        new("基本达成", 80m),
        new("部分达成", 60m),
        new("未达成", 0m),
    ];

    /// <summary>The 等级 of a 自评 total, highest first: the first whose minimum the total reaches.</summary>
    public List<ScoreGrade> ScoreGrades { get; set; } =
    [
        new("优", 90m),
        new("良", 80m),
        new("中", 60m),
        new("差", 0m),
    ];

    /// <summary>
    /// The 一级 points used when a declaration carries no weights, scaled to <see cref="IndicatorPoints"/>;
    /// 效果指标 is the older frameworks' name for 效益指标 (seed 004); a 一级 not named here gets
    /// <see cref="OtherLevel1Points"/>.
    /// </summary>
    public List<Level1Points> DefaultLevel1Points { get; set; } =
    [
        new("产出指标", 50m),
        new("效益指标", 30m),
        new("效果指标", 30m),
        new("满意度指标", 10m),
    ];

    /// <summary>The points of a 一级 the default split does not name (成本指标 in the 2021 frameworks).</summary>
    public decimal OtherLevel1Points { get; set; } = 10m;

    /// <summary>What the indicators together are worth: 100 less the funding's points.</summary>
    public decimal IndicatorPoints => 100m - FundingPoints;

    /// <summary>The share (0–100) a 定性 grade earns; null for a grade the table does not know.</summary>
    public decimal? PercentOf(string? grade) =>
        QualitativeGrades.Find(g => string.Equals(g.Name, grade?.Trim(), StringComparison.Ordinal))?.Percent;

    /// <summary>The 等级 a total reaches.</summary>
    public string GradeOf(decimal total) =>
        ScoreGrades.OrderByDescending(g => g.Minimum).FirstOrDefault(g => total >= g.Minimum)?.Name ?? ScoreGrades[^1].Name;

    /// <summary>The monitoring dates of <paramref name="year"/>, in order.</summary>
    public IReadOnlyList<DateOnly> MonitoringDates(int year) =>
        [.. MonitoringPeriods.Select(p => p.In(year)).Distinct().Order()];
}

/// <summary>A 监控 date, as month and day of the budget year (6月30日).</summary>
public sealed record MonitoringPeriod(int Month, int Day)
{
    public DateOnly In(int year) => new(year, Month, Math.Min(Day, DateTime.DaysInMonth(year, Month)));
}

/// <summary>A 定性 完成等级 and the share of the points it earns, in percent.</summary>
public sealed record QualitativeGrade(string Name, decimal Percent);

/// <summary>A 自评 等级 and the lowest total that reaches it.</summary>
public sealed record ScoreGrade(string Name, decimal Minimum);

/// <summary>A 一级's points in the default split.</summary>
public sealed record Level1Points(string Level1, decimal Points);
