namespace PerfTargets.Core.Declarations;

/// <summary>指标值确定依据 (seed 004).</summary>
public enum IndicatorBasis
{
    /// <summary>计划标准</summary>
    Plan = 0,

    /// <summary>行业标准</summary>
    Industry = 1,

    /// <summary>历史标准</summary>
    History = 2,

    /// <summary>其他</summary>
    Other = 3,
}
