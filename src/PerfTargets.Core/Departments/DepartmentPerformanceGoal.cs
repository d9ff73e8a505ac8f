namespace PerfTargets.Core.Departments;

/// <summary>
/// 部门整体绩效目标 (seed 004, 第一部分): declared once per department and budget year, printed
/// before the department's project tables.
/// </summary>
public sealed class DepartmentPerformanceGoal
{
    public int Id { get; set; }

    public int DepartmentId { get; set; }

    public int BudgetYear { get; set; }

    /// <summary>总体绩效目标 (年度发展规划目标)</summary>
    public string OverallGoal { get; set; } = string.Empty;

    /// <summary>分项绩效目标, one per main duty</summary>
    public List<DutyGoal> DutyGoals { get; set; } = [];

    /// <summary>工作保障措施</summary>
    public string? Safeguards { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
}
