namespace PerfTargets.Core.Declarations;

/// <summary>资金支出计划 (seed 004): cumulative percent of the year's money spent by each date.</summary>
public sealed class DisbursementPlan
{
    /// <summary>3月底, %</summary>
    public decimal? March { get; set; }

    /// <summary>6月底, %</summary>
    public decimal? June { get; set; }

    /// <summary>10月底, %</summary>
    public decimal? October { get; set; }

    /// <summary>12月底, %</summary>
    public decimal? December { get; set; }

    public bool IsEmpty => DisbursementPoints.All.All(p => p.Get(this) is null);
}
