namespace PerfTargets.Core.Rounds;

/// <summary>
/// 申报批次: the finance office's call for a budget year's declarations — a notice, the days it opens
/// and closes, and the departments expected to file (<see cref="Departments"/>). One round per budget
/// year. After <see cref="ClosesOn"/> a department submits only with an extension of its own.
/// </summary>
public sealed class FilingRound
{
    public int Id { get; set; }

    /// <summary>批次名称, e.g. 2024年项目支出绩效目标申报.</summary>
    public string Name { get; set; } = string.Empty;

    public int BudgetYear { get; set; }

    /// <summary>开始日期 (北京时间).</summary>
    public DateOnly OpensOn { get; set; }

    /// <summary>截止日期: submissions are taken until the end of this day (北京时间).</summary>
    public DateOnly ClosesOn { get; set; }

    /// <summary>通知说明: what the departments read on their list.</summary>
    public string? Notice { get; set; }

    public DateTime CreatedAt { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public List<RoundDepartment> Departments { get; set; } = [];
}
