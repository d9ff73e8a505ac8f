namespace PerfTargets.Core.Declarations;

/// <summary>
/// The 合计 row of the budget-line table as the form states it, in 元. Kept as written, so that a
/// total that does not match its lines (a real form is 0.10 万元 off) is found, not recomputed away.
/// </summary>
public sealed class BudgetLineTotals
{
    /// <summary>金额合计</summary>
    public decimal? Amount { get; set; }

    /// <summary>前年实际执行数合计</summary>
    public decimal? ActualTwoYearsBefore { get; set; }

    /// <summary>上年实际执行数合计</summary>
    public decimal? ActualYearBefore { get; set; }

    public bool IsEmpty => Amount is null && ActualTwoYearsBefore is null && ActualYearBefore is null;
}
