namespace PerfTargets.Core.Validation.Review;

/// <summary>The sort of thing a 计量单位 measures, as the unit table (<see cref="UnitTable"/>) sorts it.</summary>
public enum UnitClass
{
    /// <summary>Not in the table: no judgement.</summary>
    Unknown,

    /// <summary>Counted or measured things: 个, 人, 次, 公里, 亩…</summary>
    Count,

    /// <summary>%, ‰</summary>
    Percent,

    /// <summary>元, 万元, 亿元</summary>
    Money,

    /// <summary>Money per counted thing: 元/株, 万元/个.</summary>
    MoneyRate,

    /// <summary>A duration or a deadline: 天, 个月, 小时, 日前, 月底前.</summary>
    Time,
}
