using PerfTargets.Core.Money;

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

    /// <summary>The unit the department's table prints amounts in (单位：元 / 万元); amounts are stored in 元.</summary>
    public MoneyUnit MoneyUnit { get; set; } = MoneyUnit.TenThousandYuan;

    /// <summary>部门预算总额 (年度预算申请), in 元.</summary>
    public decimal? BudgetTotal { get; set; }

    /// <summary>The budget by source, as the form names its lines (一般公共预算拨款, 政府性基金…).</summary>
    public List<DepartmentFundingSource> FundingSources { get; set; } = [];

    /// <summary>整体绩效指标: the department's own 一级/二级/三级 table with targets and weights.</summary>
    public List<Indicator> Indicators { get; set; } = [];

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
}
