using PerfTargets.Core.Validation;

namespace PerfTargets.Core.Rounds;

/// <summary>Where a department of a round stands, as the finance office's desk (申报进度) sorts and filters it.</summary>
public enum DeskState
{
    /// <summary>未开始: no declaration of the round's year yet, and the deadline not passed.</summary>
    NotStarted,

    /// <summary>填报中: drafts (or returned ones) still to submit, before the deadline.</summary>
    Filing,

    /// <summary>逾期: the deadline passed with nothing filed or drafts still unsubmitted.</summary>
    Late,

    /// <summary>已提交: everything filed is submitted or approved, some still in review.</summary>
    Submitted,

    /// <summary>已批复: everything filed is approved.</summary>
    Approved,
}

/// <summary>The words of <see cref="DeskState"/>.</summary>
public static class DeskStates
{
    public static IReadOnlyList<DeskState> All { get; } = Enum.GetValues<DeskState>();

    public static string Label(this DeskState state) => state switch
    {
        DeskState.NotStarted => "未开始",
        DeskState.Filing => "填报中",
        DeskState.Late => "逾期",
        DeskState.Submitted => "已提交",
        DeskState.Approved => "已批复",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <summary>The word an address uses: not-started, filing, late, submitted, approved.</summary>
    public static string Word(this DeskState state) => state switch
    {
        DeskState.NotStarted => "not-started",
        DeskState.Filing => "filing",
        DeskState.Late => "late",
        DeskState.Submitted => "submitted",
        DeskState.Approved => "approved",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <summary>Whether the department still owes the round something: nothing filed, or drafts not submitted.</summary>
    public static bool Owes(this DeskState state) => state is DeskState.NotStarted or DeskState.Filing or DeskState.Late;

    public static bool TryParse(string? word, out DeskState state) =>
        AddressWords.TryParse(word, All, s => s.Word(), out state);
}
