using System.Globalization;

namespace PerfTargets.Core.Validation;

/// <summary>
/// 不可见字符: what a text a user types may not hold. Control characters (BEL, ESC …), format
/// characters (bidi overrides such as U+202E that reverse what follows, zero-width spaces, BOMs),
/// the Unicode line and paragraph separators, and U+FFFD, which stands for a character that could not
/// be read (a NUL in a form becomes one). Shown on a page, stamped in an opinion or printed, they hide
/// or rearrange text, so they are refused at the field rather than stored. A tab and line breaks are
/// ordinary text.
/// </summary>
public static class TextCharacters
{
    /// <summary>The first character <paramref name="text"/> may not hold: its place (the n-th character, from 1) and code point; null when there is none.</summary>
    public static (int Position, int CodePoint)? FirstForbidden(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        // Nearly every text is printable ASCII and common CJK: those need no look-up of their category.
        if (!text.AsSpan().ContainsAnyExcept(Ordinary))
        {
            return null;
        }

        var position = 0;
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            position++;
            if (char.IsSurrogate(text[i]) && !char.IsSurrogatePair(text, i))
            {
                return (position, text[i]);
            }

            if (IsForbidden(text, i))
            {
                return (position, char.ConvertToUtf32(text, i));
            }
        }

        return null;
    }

    public static bool IsAllowed(string? text) => FirstForbidden(text) is null;

    /// <summary>Characters that are never forbidden: printable ASCII, tab and line breaks, CJK punctuation, ideographs and full-width forms.</summary>
    private static readonly System.Buffers.SearchValues<char> Ordinary = System.Buffers.SearchValues.Create(
        string.Concat(Range('\u0020', '\u007E'), "\t\n\r", Range('\u3001', '\u303F'), Range('\u4E00', '\u9FFF'), Range('\uFF01', '\uFF5E'), "、，。；：？！“”‘’（）《》【】—…·"));

    private static string Range(char first, char last) => new([.. Enumerable.Range(first, last - first + 1).Select(c => (char)c)]);

    /// <summary>Why <paramref name="text"/> is refused, naming the field, the place and the character; null when it is not.</summary>
    public static string? Problem(string? text, string field) => FirstForbidden(text) is not { } found
        ? null
        : found.CodePoint == 0xFFFD
            ? $"{field}第 {found.Position} 个字是无法识别的字符（�），请删除后再提交。"
            : string.Create(CultureInfo.InvariantCulture, $"{field}第 {found.Position} 个字是不可见的控制字符（U+{found.CodePoint:X4}），请删除后再提交。");

    /// <summary><paramref name="text"/> without the characters it may not hold: for what is only searched with, never stored.</summary>
    public static string WithoutForbidden(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var kept = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogatePair(text, i))
            {
                if (!IsForbidden(text, i))
                {
                    kept.Append(text, i, 2);
                }

                i++;
            }
            else if (!char.IsSurrogate(text[i]) && !IsForbidden(text, i))
            {
                kept.Append(text[i]);
            }
        }

        return kept.ToString();
    }

    /// <summary>The rule, for a validator's text field named <paramref name="field"/>.</summary>
    public static IRuleBuilderOptions<T, TText> PlainText<T, TText>(this IRuleBuilder<T, TText> rule, string field)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.Must(text => IsAllowed(text as string)).WithMessage((_, text) => Problem(text as string, field)!);
    }

    private static bool IsForbidden(string text, int index)
    {
        var c = text[index];
        if (c is '\t' or '\n' or '\r')
        {
            return false;
        }

        return c == '\uFFFD' || CharUnicodeInfo.GetUnicodeCategory(text, index) is UnicodeCategory.Control
            or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
    }
}
