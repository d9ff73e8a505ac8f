using System.Text;

namespace PerfTargets.Pdf.Composition.Text;

/// <summary>
/// What of a user's text can be printed: line breaks are kept (CR LF as one), tabs become a space,
/// and control and format characters, which have no glyph and no width, are left out.
/// </summary>
internal static class TextSanitizer
{
    public static IEnumerable<Rune> Printable(string text)
    {
        var previousWasReturn = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value == '\n' && previousWasReturn)
            {
                previousWasReturn = false;
                continue;
            }

            previousWasReturn = rune.Value == '\r';
            if (rune.Value is '\r' or '\n' or '\u2028' or '\u2029')
            {
                yield return new Rune('\n');
            }
            else if (rune.Value == '\t')
            {
                yield return new Rune(' ');
            }
            else if (Rune.GetUnicodeCategory(rune) is not (System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.Surrogate or System.Globalization.UnicodeCategory.OtherNotAssigned))
            {
                yield return rune;
            }
        }
    }
}
