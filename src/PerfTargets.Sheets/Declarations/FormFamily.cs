using PerfTargets.Core.Declarations;
using PerfTargets.Core.Printing;

namespace PerfTargets.Sheets.Declarations;

/// <summary>
/// 表样: what the form sheet of a layout shows, as the PDF layout of the same key prints it — its
/// title, header fields, 项目情况 fields, which parts (以前年度资金, 项目支出预算明细, 资金支出计划,
/// 制度保障), whether every 二级 of the framework is listed, and the indicator table's columns. What
/// a declaration fills beyond its family is shown as well, so that an exported file keeps all of it.
/// </summary>
public sealed record FormFamily(
    string Key,
    string Title,
    IReadOnlyList<string> HeaderFields,
    IReadOnlyList<string> NarrativeFields,
    bool PriorYears,
    bool BudgetLines,
    bool DisbursementPlan,
    bool Safeguards,
    bool EveryLevel2,
    string WeightHeading,
    Func<bool, IReadOnlyList<IndicatorColumn>> Columns)
{
    /// <summary>The indicator columns for a declaration with or without 中期 targets, the scoring and filled extras after them.</summary>
    public IReadOnlyList<IndicatorColumn> ColumnsFor(Declaration declaration)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var own = Columns(declaration.HasMidTermTargets);
        return [.. own, .. IndicatorColumns.Additional(declaration, own, WeightHeading)];
    }
}

/// <summary>The five families, by the keys of the PDF layouts.</summary>
public static class FormFamilies
{
    private static readonly IndicatorColumn[] Tree = [IndicatorColumns.Level1, IndicatorColumns.Level2, IndicatorColumns.Name];

    public static FormFamily National { get; } = new(
        LayoutKeys.National, "项目支出绩效目标申报表",
        ["主管部门及代码", "实施单位", "项目属性", "项目期"], [],
        PriorYears: false, BudgetLines: false, DisbursementPlan: false, Safeguards: false, EveryLevel2: true, "权重",
        midTerm => midTerm
            ? [.. Tree, new(IndicatorField.MidTermTarget, "指标值", 13), new(IndicatorField.Level2Again, "二级指标", 11), new(IndicatorField.NameAgain, "三级指标", 24), new(IndicatorField.AnnualTarget, "指标值", 13)]
            : [.. Tree, new(IndicatorField.AnnualTarget, "指标值", 16)]);

    public static IReadOnlyList<FormFamily> All { get; } =
    [
        National,
        new(LayoutKeys.Review, "项目绩效目标申报表",
            ["实施单位", "项目负责人", "联系电话", "项目属性", "项目期", "填报人", "填报日期"],
            [nameof(DeclarationNarrative.Overview), nameof(DeclarationNarrative.Basis), nameof(DeclarationNarrative.OtherNotes)],
            PriorYears: true, BudgetLines: true, DisbursementPlan: false, Safeguards: false, EveryLevel2: true, "权重",
            midTerm => midTerm
                ? [.. Tree, new(IndicatorField.MidTermTarget, "长期指标值", 13), new(IndicatorField.AnnualTarget, "年度指标值", 13), new(IndicatorField.Remark, "备注", 10)]
                : [.. Tree, new(IndicatorField.AnnualTarget, "年度指标值", 14), new(IndicatorField.Remark, "备注", 10)]),
        new(LayoutKeys.ThreeSheet, "财政项目支出绩效目标申报表",
            ["项目类别", "项目负责人", "联系人", "联系电话", "起始日期", "结束日期", "填报人", "填报日期"],
            [nameof(DeclarationNarrative.Overview), nameof(DeclarationNarrative.Basis), nameof(DeclarationNarrative.Necessity),
                nameof(DeclarationNarrative.Feasibility), nameof(DeclarationNarrative.Resources), nameof(DeclarationNarrative.OtherNotes)],
            PriorYears: false, BudgetLines: true, DisbursementPlan: false, Safeguards: true, EveryLevel2: false, "权重",
            _ => [.. Tree, new(IndicatorField.AnnualTarget, "目标值", 14), new(IndicatorField.Remark, "备注", 10)]),
        new(LayoutKeys.Attributes, "项目绩效目标表",
            ["实施单位"],
            [nameof(DeclarationNarrative.Basis), nameof(DeclarationNarrative.Overview), nameof(DeclarationNarrative.Content),
                nameof(DeclarationNarrative.FundingArrangement), nameof(DeclarationNarrative.Plan), nameof(DeclarationNarrative.ExpectedOutcomes)],
            PriorYears: false, BudgetLines: false, DisbursementPlan: false, Safeguards: false, EveryLevel2: false, "分值",
            _ => [.. Tree, new(IndicatorField.Comparator, "指标性质", 6), new(IndicatorField.Value, "指标值", 10), new(IndicatorField.Unit, "度量单位", 7),
                new(IndicatorField.Nature, "指标属性", 9), new(IndicatorField.Description, "指标内容", 24)]),
        new(LayoutKeys.Budget, "绩效目标表",
            ["项目编码"],
            [nameof(DeclarationNarrative.BudgetPurpose)],
            PriorYears: false, BudgetLines: false, DisbursementPlan: true, Safeguards: false, EveryLevel2: false, "权重",
            _ => [.. Tree, new(IndicatorField.Description, "绩效指标描述", 26), new(IndicatorField.AnnualTarget, "指标值", 12), new(IndicatorField.Basis, "指标值确定依据", 10)]),
    ];

    /// <summary>The family of a layout key; the national one for a key no family has.</summary>
    public static FormFamily Of(string? key) =>
        All.FirstOrDefault(f => string.Equals(f.Key, key?.Trim(), StringComparison.OrdinalIgnoreCase)) ?? National;
}
