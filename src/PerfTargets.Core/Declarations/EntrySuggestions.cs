namespace PerfTargets.Core.Declarations;

/// <summary>
/// Words the editor suggests while typing, drawn from the seed forms; free text stays possible.
/// </summary>
public static class EntrySuggestions
{
    /// <summary>计量单位 of indicator targets.</summary>
    public static IReadOnlyList<string> TargetUnits { get; } =
        ["%", "家", "个", "次", "人次", "人", "条", "篇", "期", "项", "场", "件", "台", "套", "天", "小时", "个工作日", "月", "年", "元", "万元", "元/人", "分"];

    /// <summary>等级 texts of qualitative targets.</summary>
    public static IReadOnlyList<string> GradeTexts { get; } =
        ["持续提升", "显著提升", "逐步提升", "有所提升", "进一步提高", "较高", "高", "良好", "优良", "达标", "合格", "及时", "全覆盖", "长期", "不适用"];

    /// <summary>Units of 预算明细 quantities.</summary>
    public static IReadOnlyList<string> QuantityUnits { get; } = ["项", "个", "人", "人次", "次", "年", "月", "天", "台", "套", "批", "场"];

    /// <summary>制度保障 categories.</summary>
    public static IReadOnlyList<string> SafeguardCategories { get; } = ["组织保障", "制度保障", "资金保障", "人员保障", "技术保障", "监督检查"];
}
