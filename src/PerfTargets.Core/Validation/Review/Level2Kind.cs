namespace PerfTargets.Core.Validation.Review;

/// <summary>
/// What a 二级指标 measures, read from its name in any framework (数量指标, 经济成本指标…): the
/// unit a 三级 under it should carry depends on it.
/// </summary>
public enum Level2Kind
{
    /// <summary>数量指标: how many, how much.</summary>
    Quantity,

    /// <summary>质量指标: how well (a rate or a grade).</summary>
    Quality,

    /// <summary>时效指标: by when, how fast.</summary>
    Timeliness,

    /// <summary>成本指标 and the 2021 经济/社会/生态环境成本指标: at most how much money.</summary>
    Cost,

    /// <summary>Effects and satisfaction: no expectation on the unit.</summary>
    Other,
}
