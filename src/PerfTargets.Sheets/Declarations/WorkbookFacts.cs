namespace PerfTargets.Sheets.Declarations;

/// <summary>The names of the sheets and custom properties a declaration's workbook has, written and read alike.</summary>
public static class WorkbookFacts
{
    /// <summary>The form itself.</summary>
    public const string FormSheet = "申报表";

    /// <summary>One row per indicator, for filtering.</summary>
    public const string IndicatorSheet = "指标明细";

    public const string BudgetLineSheet = "项目支出预算明细";

    public const string SafeguardSheet = "制度保障";

    /// <summary>Custom property: the 指标体系's code.</summary>
    public const string FrameworkCode = "指标体系代码";

    /// <summary>Custom property: the filing department's code.</summary>
    public const string DepartmentCode = "单位编码";

    /// <summary>Custom property: the layout family the form follows.</summary>
    public const string Layout = "表样";

    /// <summary>Custom property: 第 n 版 of a frozen version.</summary>
    public const string VersionNumber = "版本号";

    /// <summary>Custom property: the frozen version's content hash.</summary>
    public const string ContentHash = "内容哈希";
}
