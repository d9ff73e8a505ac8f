namespace PerfTargets.Core.Declarations;

/// <summary>指标性质.</summary>
public enum IndicatorNature
{
    /// <summary>定量</summary>
    Quantitative = 0,

    /// <summary>定性</summary>
    Qualitative = 1,
}
