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

    /// <summary>权重 / 分值, on forms that score their indicators.</summary>
    public decimal? Weight { get; set; }

    /// <summary>指标方向性 (正向/反向/区间), where the form has the column.</summary>
    public IndicatorDirection? Direction { get; set; }

    /// <summary>评分标准</summary>
    public string? ScoringStandard { get; set; }

    /// <summary>
    /// 不适用: kept on the form to show the 二级 does not apply; such a row needs no target.
    /// A row named 不适用 is read so without the flag (<see cref="Declarations.NotApplicable"/>).
    /// </summary>
    public bool NotApplicable { get; set; }

    /// <summary>Whether the row is 不适用, by its flag or as its name or targets say.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsNotApplicable => Declarations.NotApplicable.Applies(this);

    /// <summary>中期指标值 (长期 in seed 000)</summary>
    public IndicatorTarget MidTerm { get; set; } = new();

    /// <summary>年度指标值</summary>
    public IndicatorTarget Annual { get; set; } = new();
}
