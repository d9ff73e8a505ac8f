namespace PerfTargets.Core.Declarations;

/// <summary>The Chinese words the forms print for the declaration's enumerations.</summary>
public static class DeclarationLabels
{
    public static string Label(this ProjectKind kind) => kind switch
    {
        ProjectKind.New => "新增项目",
        ProjectKind.Continuing => "延续项目",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Blank when the form does not say: paper prints nothing there.</summary>
    public static string Label(this ProjectKind? kind) => kind is { } known ? known.Label() : string.Empty;

    public static string Label(this IndicatorDirection direction) => direction switch
    {
        IndicatorDirection.Positive => "正向",
        IndicatorDirection.Negative => "反向",
        IndicatorDirection.Interval => "区间",
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, null),
    };

    public static string Label(this ProjectCategory category) => category switch
    {
        ProjectCategory.OneOff => "一次性项目",
        ProjectCategory.Recurring => "经常性项目",
        ProjectCategory.MediumTermPilot => "中期预算试点项目",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    public static string Label(this DeclarationStatus status) => status switch
    {
        DeclarationStatus.Draft => "草稿",
        DeclarationStatus.Submitted => "已提交",
        DeclarationStatus.Approved => "已批复",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Label(this IndicatorNature nature) => nature switch
    {
        IndicatorNature.Quantitative => "定量",
        IndicatorNature.Qualitative => "定性",
        _ => throw new ArgumentOutOfRangeException(nameof(nature), nature, null),
    };

    public static string Label(this IndicatorBasis basis) => basis switch
    {
        IndicatorBasis.Plan => "计划标准",
        IndicatorBasis.Industry => "行业标准",
        IndicatorBasis.History => "历史标准",
        IndicatorBasis.Other => "其他",
        _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, null),
    };

    /// <summary>The stages ticked, in form order: "立项和计划阶段、实施阶段".</summary>
    public static string Label(this SafeguardStages stages)
    {
        var names = new List<string>(3);
        if (stages.HasFlag(SafeguardStages.Planning))
        {
            names.Add("立项和计划阶段");
        }

        if (stages.HasFlag(SafeguardStages.Implementation))
        {
            names.Add("实施阶段");
        }

        if (stages.HasFlag(SafeguardStages.Closing))
        {
            names.Add("收尾和完成阶段");
        }

        return string.Join("、", names);
    }
}
