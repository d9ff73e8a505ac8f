namespace PerfTargets.Core.Declarations;

/// <summary>指标方向性: whether more is better, less is better, or the value should fall in a range.</summary>
public enum IndicatorDirection
{
    /// <summary>正向</summary>
    Positive = 0,

    /// <summary>反向</summary>
    Negative = 1,

    /// <summary>区间</summary>
    Interval = 2,
}
