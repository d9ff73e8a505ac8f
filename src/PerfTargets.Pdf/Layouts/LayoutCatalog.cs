namespace PerfTargets.Pdf.Layouts;

/// <summary>A printable layout of the 申报表: its key (for ?layout= and the command line), its name and the seed form it follows.</summary>
public sealed record LayoutInfo(string Key, string Name, string Description, Func<DeclarationPrint, IDocument> Create);

/// <summary>The layouts a declaration can print in; the national form is the default until the admin chooses another.</summary>
public static class LayoutCatalog
{
    public const string DefaultKey = LayoutKeys.National;

    public static IReadOnlyList<LayoutInfo> All { get; } =
    [
        new(DefaultKey, "全国通用格式", "财预〔2015〕88号附件样式：中期与年度资金、目标和指标并列（宿州市样表）", p => new NationalLayout(p)),
        new(LayoutKeys.Review, "明细审核格式", "项目支出预算明细、长期与年度绩效指标分列、业务股室与绩效管理股审核意见盖章、填报人页脚（芦淞区样表）", p => new DetailedReviewLayout(p)),
        new(LayoutKeys.ThreeSheet, "三表格式", "项目总体情况、绩效目标（含项目构成分解）、制度保障三张分表（区门户网站管理中心样表）", p => new ThreeSheetLayout(p)),
        new(LayoutKeys.Attributes, "项目文本与指标属性格式", "项目名称、立项依据、实施单位基本信息与项目概况，项目绩效目标表含指标性质、指标值、度量单位、指标属性、指标内容列（昆明市呈贡区样表）", p => new AttributeColumnsLayout(p)),
        new(LayoutKeys.Budget, "项目编码与资金支出计划格式", "项目编码、预算规模及资金用途、资金支出计划（3月底至12月底累计%），指标含绩效指标描述和指标值确定依据（秦皇岛市山海关区样表）", p => new BudgetPlanLayout(p)),
    ];

    /// <summary>The layout with this key, or null for a key no layout has.</summary>
    public static LayoutInfo? Find(string? key) =>
        All.FirstOrDefault(l => string.Equals(l.Key, key?.Trim(), StringComparison.OrdinalIgnoreCase));
}
