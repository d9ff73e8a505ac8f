namespace PerfTargets.Core.Declarations;

/// <summary>
/// One column of 项目资金 (中期, 年度 or 以前年度已安排): the total and how it splits into
/// 财政拨款 (optionally 上级拨款 / 本级安排 / 下级配套) and 其他资金 (自有资金 among them).
/// All amounts in 元; an amount left blank on the form is null, not zero.
/// </summary>
public sealed class FundingSplit
{
    /// <summary>资金总额</summary>
    public decimal? Total { get; set; }

    /// <summary>财政拨款</summary>
    public decimal? Fiscal { get; set; }

    /// <summary>上级财政拨款</summary>
    public decimal? FiscalSuperior { get; set; }

    /// <summary>本级财政安排</summary>
    public decimal? FiscalLocal { get; set; }

    /// <summary>下级财政配套</summary>
    public decimal? FiscalSubordinate { get; set; }

    /// <summary>其他资金</summary>
    public decimal? Other { get; set; }

    /// <summary>自有资金, part of 其他资金</summary>
    public decimal? OtherOwnFunds { get; set; }

    /// <summary>True when nothing in this column was filled.</summary>
    public bool IsEmpty => Total is null && Fiscal is null && FiscalSuperior is null && FiscalLocal is null
        && FiscalSubordinate is null && Other is null && OtherOwnFunds is null;
}
