namespace PerfTargets.Core.Reports;

/// <summary>
/// One 三级 indicator of the approved version, as a report answers for it. Which indicator is named
/// by its <see cref="IndicatorSequence"/> in that frozen version; what was promised is read from the
/// version, never copied here.
/// </summary>
public sealed class ReportLine
{
    /// <summary>The indicator's 序号 in the approved version.</summary>
    public int IndicatorSequence { get; set; }

    /// <summary>实际完成值 so far (监控) or for the year (自评), for a 定量 indicator.</summary>
    public decimal? Actual { get; set; }

    /// <summary>实际完成情况 in words, for a 定性 indicator (or a note beside a number).</summary>
    public string? ActualText { get; set; }

    /// <summary>预计全年完成值 (监控, 定量).</summary>
    public decimal? Projected { get; set; }

    /// <summary>能否完成年度目标 (监控): the filer's own judgement.</summary>
    public bool? WillMeet { get; set; }

    /// <summary>完成等级 of a 定性 indicator (自评): one of <see cref="ReportSettings.QualitativeGrades"/>.</summary>
    public string? Grade { get; set; }

    /// <summary>偏差原因 (监控) / 未完成原因 (自评).</summary>
    public string? Reason { get; set; }

    /// <summary>纠偏措施 (监控) / 改进措施 (自评).</summary>
    public string? Measure { get; set; }
}
