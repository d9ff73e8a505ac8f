namespace PerfTargets.Core.Departments;

/// <summary>分项绩效目标: the goal for one main duty of the department (主要职责).</summary>
public sealed class DutyGoal
{
    public int Id { get; set; }

    public int Sequence { get; set; }

    /// <summary>主要职责 (the heading the goal is filed under)</summary>
    public string Duty { get; set; } = string.Empty;

    /// <summary>绩效目标情况说明</summary>
    public string Goal { get; set; } = string.Empty;
}
