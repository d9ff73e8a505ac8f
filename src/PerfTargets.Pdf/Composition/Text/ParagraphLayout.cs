namespace PerfTargets.Pdf.Composition.Text;

/// <summary>
/// Breaks a paragraph's glyphs into lines no wider than the width: at the last allowed break before
/// the edge, or, where a word is wider than the line, inside it. Spaces at a line's end take no width.
/// </summary>
internal static class ParagraphLayout
{
    public static List<TextLine> Lines(IReadOnlyList<TextGlyph> glyphs, float width)
    {
        var lines = new List<TextLine>();
        var start = 0;
        while (start < glyphs.Count)
        {
            var end = LineEnd(glyphs, start, width, out var next);
            lines.Add(Line(glyphs, start, end));
            start = next;
        }

        return lines;
    }

    /// <summary>Where the line that starts at <paramref name="start"/> ends, and where the next begins.</summary>
    private static int LineEnd(IReadOnlyList<TextGlyph> glyphs, int start, float width, out int next)
    {
        var x = 0f;
        var lastBreak = -1;
        for (var i = start; i < glyphs.Count; i++)
        {
            var rune = glyphs[i].Rune;
            if (rune.Value == '\n')
            {
                next = i + 1;
                return i;
            }

            if (i > start && LineBreakRules.CanBreakBetween(glyphs[i - 1].Rune, rune))
            {
                lastBreak = i;
            }

            if (x + glyphs[i].Advance > width + Infrastructure.Size.Epsilon && i > start && !LineBreakRules.IsSpace(rune))
            {
                var end = lastBreak > start ? lastBreak : i;
                next = end;
                return end;
            }

            x += glyphs[i].Advance;
        }

        next = glyphs.Count;
        return glyphs.Count;
    }

    private static TextLine Line(IReadOnlyList<TextGlyph> glyphs, int start, int end)
    {
        var visibleEnd = end;
        while (visibleEnd > start && LineBreakRules.IsSpace(glyphs[visibleEnd - 1].Rune))
        {
            visibleEnd--;
        }

        float width = 0, height = 0, size = 0;
        for (var i = start; i < end; i++)
        {
            if (i < visibleEnd)
            {
                width += glyphs[i].Advance;
            }

            height = Math.Max(height, glyphs[i].Style.Size * glyphs[i].Style.LineHeight);
            size = Math.Max(size, glyphs[i].Style.Size);
        }

        if (start == end && start < glyphs.Count)
        {
            // An empty line (two line breaks in a row) takes the height of its line break.
            var style = glyphs[start].Style;
            height = style.Size * style.LineHeight;
            size = style.Size;
        }

        return new TextLine(start, visibleEnd, width, height, size);
    }
}
