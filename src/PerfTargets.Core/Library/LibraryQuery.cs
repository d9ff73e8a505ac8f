using PerfTargets.Core.Library.Pinyin;

namespace PerfTargets.Core.Library;

/// <summary>
/// A search of the library: the words typed (each must appear in the 三级 name, in any order,
/// matched as characters, so 合格率 finds 验收合格率, or a word of Latin letters as the name's pinyin
/// initials, so yshg finds it too), narrowed by framework, 一级 and 二级.
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

    /// <summary>Whether <paramref name="name"/> holds <paramref name="term"/> as characters or, for a word of Latin letters, as <see cref="PinyinInitials"/>.</summary>
    public static bool NameHolds(string name, string term)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(term);
        return name.Contains(term, StringComparison.OrdinalIgnoreCase)
            || (PinyinInitials.IsInitials(term) && PinyinInitials.Of(name).Contains(term, StringComparison.OrdinalIgnoreCase));
    }
}
