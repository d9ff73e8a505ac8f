using System.Text;

namespace PerfTargets.Sheets.Writing;

/// <summary>Text made fit for a cell: XML 1.0 cannot carry control characters other than tab and line breaks.</summary>
internal static class XmlText
{
    public static string Clean(string text)
    {
        if (!text.Any(c => !Allowed(c) || char.IsSurrogate(c)))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (Allowed(c) && !char.IsSurrogate(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    private static bool Allowed(char c) => c is '\t' or '\n' or '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
}
