using System.Text;

namespace PerfTargets.Pdf.Composition.Text;

/// <summary>
/// Where a line may break: between any two CJK characters, after a space between Latin words, but
/// never before a closing mark that may not start a line (，。、；：？！）》 …) nor after an opening
/// one that may not end it (（《「 …) — the 避头尾 rules of Chinese typesetting.
/// </summary>
internal static class LineBreakRules
{
    private const string NoLineStart = "，。、；：？！）》」』】〕〉〗’”…—～％‰·．,.;:?!)]}%>°℃";
    private const string NoLineEnd = "（《「『【〔〈〖‘“([{<￥$";

    public static bool CanBreakBetween(Rune previous, Rune next)
    {
        if (IsSpace(previous))
        {
            return !IsSpace(next);
        }

        if (IsNoLineStart(next) || IsNoLineEnd(previous))
        {
            return false;
        }

        return IsCjk(previous) || IsCjk(next);
    }

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
