namespace PerfTargets.Core.Library;

/// <summary>
/// A search of the library: the words typed (each must appear in the 三级 name, in any order,
/// matched as characters, so 合格率 finds 验收合格率), narrowed by framework, 一级 and 二级.
/// </summary>
public sealed record LibraryQuery(string? Text, string? FrameworkCode = null, string? Level1 = null, string? Level2 = null, int Limit = LibraryQuery.DefaultLimit)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
    public const int MaxTerms = 5;
    public const int MaxTextLength = 64;

    /// <summary>The words of <see cref="Text"/>: split at spaces (either width), at most <see cref="MaxTerms"/>.</summary>
    public IReadOnlyList<string> Terms =>
        (Text ?? string.Empty).Split([' ', '\u3000', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal).Take(MaxTerms).ToList();
}
