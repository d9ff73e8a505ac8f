namespace PerfTargets.Core.Reports;

/// <summary>
/// 资金执行: the year's budget and what has been spent of it by the report's date, in 元. For a
/// 自评 the date is the year's end, so <see cref="Executed"/> is the 全年执行数.
/// </summary>
public sealed class FundingExecution
{
    /// <summary>年初预算数: the approved declaration's 年度资金总额, copied when the report is opened.</summary>
    public decimal? InitialBudget { get; set; }

    /// <summary>全年预算数: the budget after any in-year change; what execution is measured against.</summary>
    public decimal? Budget { get; set; }

    /// <summary>执行数 by the report's date (全年执行数 in a 自评).</summary>
    public decimal? Executed { get; set; }

    /// <summary>资金执行的偏差原因, asked for when spending lags the plan beyond the threshold (监控).</summary>
    public string? Reason { get; set; }

    /// <summary>资金执行的纠偏措施, asked for with <see cref="Reason"/>.</summary>
    public string? Measure { get; set; }

    /// <summary>执行率, 0–1 and beyond when more was spent than budgeted; null without a positive budget or an amount spent.</summary>
    public decimal? Rate => Budget is > 0 && Executed is { } executed ? executed / Budget.Value : null;
}
