using PerfTargets.Core.Departments;
using PerfTargets.Core.Review;

namespace PerfTargets.Core.Rounds;

/// <summary>
/// One department of a round on the desk: its deadline (the round's or its extension), how many of
/// its declarations stand in each state and their 年度资金, when any last changed, and where it stands.
/// </summary>
public sealed class DepartmentProgress
{
    private readonly int[] counts = new int[FilingStates.All.Count];
    private readonly decimal[] money = new decimal[FilingStates.All.Count];

    public DepartmentProgress(Department department, RoundDepartment expected, SubmissionDeadline deadline, IEnumerable<FiledDeclaration> declarations)
    {
        ArgumentNullException.ThrowIfNull(declarations);
        (Department, Expected, Deadline) = (department, expected, deadline);
        foreach (var declaration in declarations)
        {
            counts[(int)declaration.State]++;
            money[(int)declaration.State] += declaration.AnnualTotal ?? 0m;
            LastActivity = LastActivity is { } last && last >= declaration.UpdatedAt ? last : declaration.UpdatedAt;
        }

        State = (Created, Unsubmitted, deadline.IsPast) switch
        {
            (0, _, false) => DeskState.NotStarted,
            (0, _, true) or (_, > 0, true) => DeskState.Late,
            (_, > 0, false) => DeskState.Filing,
            _ when Count(FilingState.Approved) == Created => DeskState.Approved,
            _ => DeskState.Submitted,
        };
    }

    public Department Department { get; }

    public RoundDepartment Expected { get; }

    public SubmissionDeadline Deadline { get; }

    public DeskState State { get; }

    /// <summary>已填报: every declaration of the round's year.</summary>
    public int Created => counts.Sum();

    /// <summary>已提交: submitted at least once and not back with the department (审核中 and 已批复).</summary>
    public int Submitted => Count(FilingState.Submitted) + Count(FilingState.Approved);

    /// <summary>When any of its declarations last changed (UTC); null when it has none.</summary>
    public DateTime? LastActivity { get; private set; }

    /// <summary>未提交: drafts and returned declarations, still with the department.</summary>
    public int Unsubmitted => Count(FilingState.Draft) + Count(FilingState.Returned);

    /// <summary>What the department still owes, as a reminder says it: 尚未填报申报表 / 尚有 2 份申报表未提交.</summary>
    public string Owed() => Created == 0 ? "尚未填报申报表" : $"尚有 {Unsubmitted} 份申报表未提交";

    public int Count(FilingState state) => counts[(int)state];

    /// <summary>年度资金 of its declarations in that state, in 元.</summary>
    public decimal Money(FilingState state) => money[(int)state];

    /// <summary>年度资金 of all its declarations, in 元.</summary>
    public decimal TotalMoney => money.Sum();
}
