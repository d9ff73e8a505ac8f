using System.Text;

namespace PerfTargets.Pdf.Composition.Text;

/// <summary>
/// Where a line may break: between any two CJK characters, after a space between Latin words, but
/// never before a closing mark that may not start a line (，。、；：？！）》 …) nor after an opening
/// one that may not end it (（《「 …) — the 避头尾 rules of Chinese typesetting — and never inside a
/// number or a date range (3,309,840.00, 2023.07-2024.01, ２０２３．０７～２０２４．０１), whose digits and
/// joining marks read as one word even where they are full-width and so count as CJK.
/// </summary>
internal static class LineBreakRules
{
    private const string NoLineStart = "，。、；：？！）》」』】〕〉〗’”…—～％‰·．,.;:?!)]}%>°℃";
    private const string NoLineEnd = "（《「『【〔〈〖‘“([{<￥$";

    /// <summary>The marks that join the parts of a number or a date range: 1,000.5, 2023.07-2024.01, 9:30, 2023/7, 7～8.</summary>
    private const string NumberJoiners = ".,:/-~–—－～．：／";

    public static bool CanBreakBetween(Rune previous, Rune next)
    {
        if (IsSpace(previous))
        {
            return !IsSpace(next);
        }

        if (IsNoLineStart(next) || IsNoLineEnd(previous) || InsideNumber(previous, next))
        {
            return false;
        }

        return IsCjk(previous) || IsCjk(next);
    }

    /// <summary>Two digits, or a digit and a mark joining it to the next part: 2|0, 0|., .|0, 07|-, -|2024.</summary>
    private static bool InsideNumber(Rune previous, Rune next) =>
        (Rune.IsDigit(previous) && (Rune.IsDigit(next) || IsNumberJoiner(next))) || (IsNumberJoiner(previous) && Rune.IsDigit(next));

    /// <summary>The marks between the ends of a range: 2023.07-2024.01, 7～8月.</summary>
    private const string RangeMarks = "-~–—－～";

    /// <summary>
    /// A last resort for a range too wide for its line even in the smallest type: after its mark, so
    /// that each end stays whole (2023.07- / 2024.01), never inside either.
    /// </summary>
    public static bool CanBreakInsideRange(Rune previous, Rune next) =>
        previous.IsBmp && RangeMarks.Contains((char)previous.Value, StringComparison.Ordinal) && !IsNoLineStart(next);

    private static bool IsNumberJoiner(Rune rune) => rune.IsBmp && NumberJoiners.Contains((char)rune.Value, StringComparison.Ordinal);

    public static bool IsSpace(Rune rune) => rune.Value is ' ' or '\u3000' or '\t';

    private static bool IsNoLineStart(Rune rune) => rune.IsBmp && NoLineStart.Contains((char)rune.Value, StringComparison.Ordinal);

    private static bool IsNoLineEnd(Rune rune) => rune.IsBmp && NoLineEnd.Contains((char)rune.Value, StringComparison.Ordinal);

    /// <summary>Ideographs, kana, hangul, CJK punctuation and full-width forms: each may stand alone at a line's end.</summary>
    public static bool IsCjk(Rune rune) => rune.Value switch
    {
        >= 0x2E80 and <= 0x2FFF => true,
        >= 0x3000 and <= 0x9FFF => true,
        >= 0xAC00 and <= 0xD7AF => true,
        >= 0xF900 and <= 0xFAFF => true,
        >= 0xFE30 and <= 0xFE4F => true,
        >= 0xFF00 and <= 0xFFEF => true,
        >= 0x20000 and <= 0x3FFFF => true,
        _ => rune.Value >= 0x1F000,
    };
}
