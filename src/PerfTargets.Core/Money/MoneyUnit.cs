namespace PerfTargets.Core.Money;

/// <summary>The unit a declaration prints its amounts in (金额单位). Amounts are always stored in 元.</summary>
public enum MoneyUnit
{
    /// <summary>元</summary>
    Yuan = 0,

    /// <summary>万元</summary>
    TenThousandYuan = 1,
}
