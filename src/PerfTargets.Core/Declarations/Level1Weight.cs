namespace PerfTargets.Core.Declarations;

/// <summary>一级指标分值: the points a form gives a 一级 as a whole (产出指标 50分); its 三级 weights add up to it.</summary>
public sealed class Level1Weight
{
    /// <summary>一级指标, as the indicators name it.</summary>
    public string Level1 { get; set; } = string.Empty;

    /// <summary>分值 / 权重</summary>
    public decimal Weight { get; set; }
}
