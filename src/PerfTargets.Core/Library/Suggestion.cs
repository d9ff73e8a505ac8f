namespace PerfTargets.Core.Library;

/// <summary>Where a suggestion comes from, in the order suggestions are offered.</summary>
public enum SuggestionKind
{
    /// <summary>本单位历史: the department's own approved declarations.</summary>
    OwnHistory = 0,

    /// <summary>其他单位历史: another department's, where the admin shares history.</summary>
    SharedHistory = 1,

    /// <summary>同行业: a library entry tagged with the sector asked for.</summary>
    Sector = 2,

    /// <summary>共性: any other library entry.</summary>
    Common = 3,
}

/// <summary>
/// One suggestion for a 三级 cell: what choosing it fills in, and what helps choose. One from history
/// carries its latest 中期 and 年度 targets, which fill a row's empty target boxes.
/// </summary>
public sealed record Suggestion(
    SuggestionKind Kind, string Level1, string Level2, string Name, IndicatorNature Nature, string? Unit, Comparator? Comparator,
    IndicatorDirection? Direction, string? Formula, string? Example, string? Source, IReadOnlyList<YearValue> Values,
    IndicatorTarget? MidTerm = null, IndicatorTarget? Annual = null);
