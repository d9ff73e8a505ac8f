namespace PerfTargets.Core.Taxonomy;

/// <summary>The admin's choices for one budget year: the framework new declarations default to.</summary>
public sealed class BudgetYearSetting
{
    /// <summary>预算年度</summary>
    public int Year { get; set; }

    public int DefaultFrameworkId { get; set; }
}
