namespace PerfTargets.Core.Rounds;

/// <summary>
/// 截止期限 of one submission: the round the declaration's year and department fall in, the last day
/// its department may submit (the round's close or its extension) and today, all in 北京时间.
/// </summary>
public sealed record SubmissionDeadline(string RoundName, DateOnly DueOn, bool Extended, DateOnly Today)
{
    public bool IsPast => Today > DueOn;

    /// <summary>Days left until the deadline: 0 on its last day, negative once it has passed.</summary>
    public int DaysLeft => DueOn.DayNumber - Today.DayNumber;

    /// <summary>The deadline as a list and a draft show it: 截止 2024-03-31（还剩 5 天）.</summary>
    public string Describe() => $"{(Extended ? "延期至" : "截止")} {Format(DueOn)}" + (IsPast ? $"（已逾期 {-DaysLeft} 天）" : DaysLeft == 0 ? "（今天截止）" : $"（还剩 {DaysLeft} 天）");

    /// <summary>Why a late submission is refused, and what to do.</summary>
    public string Refusal() =>
        $"申报批次“{RoundName}”已于 {Format(DueOn)} {(Extended ? "延期截止" : "截止")}，逾期不能提交。如需提交，请联系财政局（系统管理员）为本单位延期。";

    private static string Format(DateOnly day) => ChinaCalendar.Text(day);

    /// <summary>The deadline of <paramref name="departmentId"/> in <paramref name="round"/> on <paramref name="today"/>; null when the round does not expect it.</summary>
    public static SubmissionDeadline? Of(FilingRound? round, int departmentId, DateOnly today)
    {
        if (round?.Departments.FirstOrDefault(d => d.DepartmentId == departmentId) is not { } expected)
        {
            return null;
        }

        return new SubmissionDeadline(round.Name, expected.ExtendedTo ?? round.ClosesOn, expected.ExtendedTo is not null, today);
    }
}
