using PerfTargets.Core.Money;

namespace PerfTargets.Core.Departments;

/// <summary>
/// 部门预算与项目资金的核对: a department's stated budget against the sum of its projects' 年度资金
/// for the year. The department budget also pays 基本支出, so the projects may not exceed it; where
/// the form has a 项目支出 line, that line should equal them.
/// </summary>
public static class DepartmentBudget
{
    /// <summary>A warning showing both sums, or null when they agree (or there is nothing to compare).</summary>
    public static string? Reconcile(DepartmentPerformanceGoal goal, decimal projectsAnnualTotal, int projectCount)
    {
        ArgumentNullException.ThrowIfNull(goal);
        var unit = goal.MoneyUnit;
        var projects = $"本年度 {projectCount} 个项目的年度资金合计 {unit.FormatWithLabel(projectsAnnualTotal)}";
        if (goal.FundingSources.Find(s => s.Name.Contains("项目支出", StringComparison.Ordinal) && s.Amount is not null) is { } projectLine)
        {
            return projectLine.Amount == projectsAnnualTotal
                ? null
                : $"“{projectLine.Name}”填为 {unit.FormatWithLabel(projectLine.Amount!.Value)}，{projects}，两者不符。";
        }

        return goal.BudgetTotal is { } total && projectsAnnualTotal > total
            ? $"部门预算总额 {unit.FormatWithLabel(total)}，少于{projects}：部门预算应包含全部项目支出。"
            : null;
    }
}
