namespace PerfTargets.Core.Printing;

/// <summary>
/// The keys of the 申报表 layouts (?layout=, the admin's default, the command line), which the PDF
/// layouts and the workbook's form families share.
/// </summary>
public static class LayoutKeys
{
    /// <summary>全国通用格式 (财预〔2015〕88号附件, seed 002): the default.</summary>
    public const string National = "national";

    /// <summary>明细审核格式 (芦淞区, seed 000).</summary>
    public const string Review = "review";

    /// <summary>三表格式 (区门户网站管理中心, seed 001).</summary>
    public const string ThreeSheet = "three-sheet";

    /// <summary>项目文本与指标属性格式 (昆明市呈贡区, seed 003).</summary>
    public const string Attributes = "attributes";

    /// <summary>项目编码与资金支出计划格式 (秦皇岛市山海关区, seed 004).</summary>
    public const string Budget = "budget";
}
