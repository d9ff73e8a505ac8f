using PerfTargets.Core.Departments;

namespace PerfTargets.Core.Summaries;

/// <summary>What a row of the 汇总表 adds up: everything, a budget year, a 主管部门's units in a year, or one department's year.</summary>
public enum SummaryRowKind
{
    /// <summary>合计</summary>
    Total,

    /// <summary>年度小计</summary>
    Year,

    /// <summary>主管部门小计: the 主管部门 and the units under it</summary>
    Supervisor,

    /// <summary>One department in one budget year</summary>
    Department,
}

/// <summary>
/// One row of the 汇总表 with its figures. <see cref="Depth"/> is how far it stands in from 合计 (0):
/// a year 1, a 主管部门 or a department on its own 2, a unit under its 主管部门 3. The year, the
/// department (of a department's row) and the 主管部门 (of its 小计 and of the units under it) say
/// which declarations it adds up, as the list filters them.
/// </summary>
public sealed record SummaryRow(SummaryRowKind Kind, int Depth, string Label, int? BudgetYear, Department? Department, Department? Supervisor, SummaryFigures Figures);
