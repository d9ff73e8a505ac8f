namespace PerfTargets.Core.Declarations;

/// <summary>
/// A 三级指标 written by the filer, under a 一级 and 二级 named by the declaration's framework.
/// The level names are kept as text so that a declaration filed against the wrong 二级 (as seed 002
/// does) is stored as filed and reported by the validators rather than silently corrected.
/// </summary>
public sealed class Indicator
{
    public int Id { get; set; }

    /// <summary>Position in the tree, from 1, across the whole declaration.</summary>
    public int Sequence { get; set; }

    /// <summary>一级指标</summary>
    public string Level1 { get; set; } = string.Empty;

    /// <summary>二级指标</summary>
    public string Level2 { get; set; } = string.Empty;

    /// <summary>三级指标</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>指标性质: 定量 / 定性</summary>
    public IndicatorNature Nature { get; set; }

    /// <summary>指标内容 / 绩效指标描述</summary>
    public string? Description { get; set; }

    /// <summary>指标值确定依据</summary>
    public IndicatorBasis? Basis { get; set; }

    /// <summary>备注</summary>
    public string? Remark { get; set; }

    /// <summary>中期指标值 (长期 in seed 000)</summary>
    public IndicatorTarget MidTerm { get; set; } = new();

    /// <summary>年度指标值</summary>
    public IndicatorTarget Annual { get; set; } = new();
}
