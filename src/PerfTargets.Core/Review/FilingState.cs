using PerfTargets.Core.Validation;

namespace PerfTargets.Core.Review;

/// <summary>
/// 申报状态 as the lists, the 汇总表 and the API count and filter declarations: a 草稿 is one never
/// returned (or submitted and withdrawn), an 已退回 one is a draft back from a reviewer
/// (<see cref="ReturnedDrafts"/>), 审核中 waits on a review section, 已批复 is approved.
/// </summary>
public enum FilingState
{
    /// <summary>草稿</summary>
    Draft,

    /// <summary>已退回</summary>
    Returned,

    /// <summary>审核中（已提交，待某科室审核）</summary>
    Submitted,

    /// <summary>已批复</summary>
    Approved,
}

/// <summary>The words, the test and the query of <see cref="FilingState"/>, each written once.</summary>
public static class FilingStates
{
    /// <summary>Every state, in the order a declaration passes through them (and the pages list them).</summary>
    public static IReadOnlyList<FilingState> All { get; } = [FilingState.Draft, FilingState.Returned, FilingState.Submitted, FilingState.Approved];

    /// <summary>The state of a declaration with this status and review position.</summary>
    public static FilingState Of(DeclarationStatus status, ReviewPosition review) => status switch
    {
        DeclarationStatus.Draft when ReturnedDrafts.IsReturned(status, review) => FilingState.Returned,
        DeclarationStatus.Draft => FilingState.Draft,
        DeclarationStatus.Submitted => FilingState.Submitted,
        _ => FilingState.Approved,
    };

    /// <summary>The word an address and the API use: draft, returned, submitted, approved.</summary>
    public static string Word(this FilingState state) => state switch
    {
        FilingState.Draft => "draft",
        FilingState.Returned => "returned",
        FilingState.Submitted => "submitted",
        FilingState.Approved => "approved",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <summary>The label the pages show: 草稿, 已退回, 审核中, 已批复.</summary>
    public static string Label(this FilingState state) => state switch
    {
        FilingState.Draft => "草稿",
        FilingState.Returned => "已退回",
        FilingState.Submitted => "审核中",
        FilingState.Approved => "已批复",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <summary>Reads one of the <see cref="Word"/>s, ignoring case and surrounding spaces.</summary>
    public static bool TryParse(string? word, out FilingState state) =>
        AddressWords.TryParse(word, All, s => s.Word(), out state);

    /// <summary>Only the declarations in <paramref name="state"/>.</summary>
    public static IQueryable<Declaration> WhereState(this IQueryable<Declaration> declarations, FilingState state) => state switch
    {
        FilingState.Draft => declarations.Where(d => d.Status == DeclarationStatus.Draft).WhereReturned(false),
        FilingState.Returned => declarations.WhereReturned(),
        FilingState.Submitted => declarations.Where(d => d.Status == DeclarationStatus.Submitted),
        FilingState.Approved => declarations.Where(d => d.Status == DeclarationStatus.Approved),
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <summary>Only those waiting on the review section <paramref name="sectionId"/> (待该科室审核).</summary>
    public static IQueryable<Declaration> WhereAwaiting(this IQueryable<Declaration> declarations, int sectionId) =>
        declarations.Where(d => d.Status == DeclarationStatus.Submitted && d.Review.AwaitingSectionId == sectionId);
}
