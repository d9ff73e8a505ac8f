using PerfTargets.Core.Declarations;

namespace PerfTargets.Sheets.Declarations;

/// <summary>What a column of the indicator table holds.</summary>
public enum IndicatorField
{
    /// <summary>一级指标, merged down its rows.</summary>
    Level1,

    /// <summary>二级指标, merged down its rows.</summary>
    Level2,

    /// <summary>The national form's 二级 again, before the 年度 half (read back from the first).</summary>
    Level2Again,

    /// <summary>三级指标</summary>
    Name,

    /// <summary>The national form's 三级 again, before the 年度 half.</summary>
    NameAgain,

    /// <summary>中期 / 长期指标值 in one cell: ≥95%.</summary>
    MidTermTarget,

    /// <summary>年度指标值 in one cell: ≥95%.</summary>
    AnnualTarget,

    /// <summary>The 年度 target's comparator alone (seed 003's 指标性质 column).</summary>
    Comparator,

    /// <summary>The 年度 target's number or grade alone.</summary>
    Value,

    /// <summary>The 年度 target's 度量单位 alone.</summary>
    Unit,

    /// <summary>指标属性: 定量指标 / 定性指标.</summary>
    Nature,

    /// <summary>指标内容 / 绩效指标描述.</summary>
    Description,

    /// <summary>指标值确定依据</summary>
    Basis,

    Remark,

    /// <summary>权重 / 分值</summary>
    Weight,

    /// <summary>指标方向</summary>
    Direction,

    /// <summary>评分标准</summary>
    ScoringStandard,

    /// <summary>不适用 (是): the flag, which a target cell's 不适用 alone would not tell from a grade text.</summary>
    NotApplicable,
}

/// <summary>A column of the indicator table: what it holds, its heading and width (characters).</summary>
public sealed record IndicatorColumn(IndicatorField Field, string Heading, double Width);

/// <summary>The columns each form family's indicator table has, and the headings a file may give them.</summary>
public static class IndicatorColumns
{
    public static IndicatorColumn Level1 { get; } = new(IndicatorField.Level1, "一级指标", 10);

    public static IndicatorColumn Level2 { get; } = new(IndicatorField.Level2, "二级指标", 11);

    public static IndicatorColumn Name { get; } = new(IndicatorField.Name, "三级指标", 24);

    /// <summary>
    /// The headings read as each field (spaces and line breaks ignored): ours, the seed forms' and
    /// the usual synonyms. 指标值 twice means 中期 then 年度, and 指标性质 beside 度量单位 is the
    /// comparator (seed 003), else 定量/定性: <see cref="FormSheetReader"/> decides those two.
    /// </summary>
    public static IReadOnlyDictionary<string, IndicatorField> Headings { get; } = new Dictionary<string, IndicatorField>(StringComparer.Ordinal)
    {
        ["一级指标"] = IndicatorField.Level1,
        ["一级目标"] = IndicatorField.Level1,
        ["主体活动（作业、任务）和对应产出的一级目标"] = IndicatorField.Level1,
        ["二级指标"] = IndicatorField.Level2,
        ["二级目标"] = IndicatorField.Level2,
        ["三级指标"] = IndicatorField.Name,
        ["三级目标"] = IndicatorField.Name,
        ["指标名称"] = IndicatorField.Name,
        ["指标值"] = IndicatorField.AnnualTarget,
        ["目标值"] = IndicatorField.AnnualTarget,
        ["年度指标值"] = IndicatorField.AnnualTarget,
        ["中期指标值"] = IndicatorField.MidTermTarget,
        ["长期指标值"] = IndicatorField.MidTermTarget,
        ["度量单位"] = IndicatorField.Unit,
        ["计量单位"] = IndicatorField.Unit,
        ["指标属性"] = IndicatorField.Nature,
        ["指标性质"] = IndicatorField.Nature,
        ["指标内容"] = IndicatorField.Description,
        ["绩效指标描述"] = IndicatorField.Description,
        ["指标描述"] = IndicatorField.Description,
        ["指标值确定依据"] = IndicatorField.Basis,
        ["备注"] = IndicatorField.Remark,
        ["权重"] = IndicatorField.Weight,
        ["分值"] = IndicatorField.Weight,
        ["指标方向"] = IndicatorField.Direction,
        ["评分标准"] = IndicatorField.ScoringStandard,
        ["不适用"] = IndicatorField.NotApplicable,
    };

    /// <summary>A heading as the dictionary holds it: no spaces or line breaks.</summary>
    public static string Plain(string heading) => string.Concat(heading.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>
    /// The scoring columns a weighted declaration adds (权重, 指标方向, 评分标准 each when filled),
    /// and the columns for what the family does not show but the declaration fills, so that nothing
    /// of it is lost in the file.
    /// </summary>
    public static IEnumerable<IndicatorColumn> Additional(Declaration declaration, IReadOnlyList<IndicatorColumn> shown, string weightHeading)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var indicators = declaration.Indicators;
        bool Shows(IndicatorField field) => shown.Any(c => c.Field == field);
        if (declaration.HasMidTermTargets && !Shows(IndicatorField.MidTermTarget))
        {
            yield return new(IndicatorField.MidTermTarget, "中期指标值", 14);
        }

        if (!Shows(IndicatorField.Nature) && indicators.Exists(i => i.Name.Length > 0 && i.Nature != InferredNature(i.Annual)))
        {
            yield return new(IndicatorField.Nature, "指标属性", 9);
        }

        if (!Shows(IndicatorField.Description) && indicators.Exists(i => !string.IsNullOrWhiteSpace(i.Description)))
        {
            yield return new(IndicatorField.Description, "指标内容", 24);
        }

        if (!Shows(IndicatorField.Basis) && indicators.Exists(i => i.Basis is not null))
        {
            yield return new(IndicatorField.Basis, "指标值确定依据", 10);
        }

        if (!Shows(IndicatorField.Remark) && indicators.Exists(i => !string.IsNullOrWhiteSpace(i.Remark)))
        {
            yield return new(IndicatorField.Remark, "备注", 10);
        }

        if (declaration.HasWeights)
        {
            yield return new(IndicatorField.Weight, weightHeading, 6);
        }

        if (indicators.Exists(i => i.Direction is not null))
        {
            yield return new(IndicatorField.Direction, "指标方向", 6);
        }

        if (indicators.Exists(i => !string.IsNullOrWhiteSpace(i.ScoringStandard)))
        {
            yield return new(IndicatorField.ScoringStandard, "评分标准", 16);
        }

        if (indicators.Exists(i => i.NotApplicable))
        {
            yield return new(IndicatorField.NotApplicable, "不适用", 6);
        }
    }

    /// <summary>定量 for a target with a number, else 定性: how a form without a 指标属性 column is read.</summary>
    public static IndicatorNature InferredNature(IndicatorTarget annual)
    {
        ArgumentNullException.ThrowIfNull(annual);
        return annual.Value is null ? IndicatorNature.Qualitative : IndicatorNature.Quantitative;
    }
}
