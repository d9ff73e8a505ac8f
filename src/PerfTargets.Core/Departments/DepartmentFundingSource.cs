namespace PerfTargets.Core.Departments;

/// <summary>One line of a department's 年度预算申请 by source (一般公共预算拨款 120万元), named as on its form.</summary>
public sealed class DepartmentFundingSource
{
    public int Id { get; set; }

    /// <summary>Position in the block, from 1.</summary>
    public int Sequence { get; set; }

    /// <summary>资金来源, as the form words it.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>金额, in 元.</summary>
    public decimal? Amount { get; set; }
}
