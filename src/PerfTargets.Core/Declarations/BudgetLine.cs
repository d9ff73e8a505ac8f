namespace PerfTargets.Core.Declarations;

/// <summary>One line of 项目支出预算明细 / 项目构成分解.</summary>
public sealed class BudgetLine
{
    public int Id { get; set; }

    /// <summary>Position in the table, from 1.</summary>
    public int Sequence { get; set; }

    /// <summary>支出明细项目 / 项目明细</summary>
    public string Item { get; set; } = string.Empty;

    /// <summary>项目内容</summary>
    public string? Content { get; set; }

    /// <summary>数量</summary>
    public decimal? Quantity { get; set; }

    /// <summary>The unit the quantity counts (个, 人, 次…).</summary>
    public string? QuantityUnit { get; set; }

    /// <summary>支出标准 / 单价, in 元.</summary>
    public decimal? UnitStandard { get; set; }

    /// <summary>What the standard is per, as in "156,200/年".</summary>
    public string? StandardUnit { get; set; }

    /// <summary>金额 / 明细金额, in 元.</summary>
    public decimal Amount { get; set; }

    /// <summary>前年实际执行数 (budget year − 2), in 元, in fund-build-up tables.</summary>
    public decimal? ActualTwoYearsBefore { get; set; }

    /// <summary>上年实际执行数 (budget year − 1), in 元.</summary>
    public decimal? ActualYearBefore { get; set; }

    /// <summary>依据 (测算依据)</summary>
    public string? Basis { get; set; }

    /// <summary>备注</summary>
    public string? Remark { get; set; }
}
