namespace PerfTargets.Pdf.Composition.Text;

/// <summary>
/// Breaks a paragraph's glyphs into lines no wider than the width: at the last allowed break before
/// the edge, or, where a word is wider than the line, between a range's ends, else inside it. Spaces at a line's end take no width.
/// A word that a smaller type would fit (a number, a date range in a narrow cell) is not cut: the
/// paragraph is set smaller instead, see <see cref="FitWords"/>.
/// </summary>
internal static class ParagraphLayout
{
    /// <summary>小六号, the smallest type a Chinese form prints; below it a word is cut rather than shrunk.</summary>
    public const float LegibleMinimum = 6.5f;

    /// <summary>Past this many glyphs a paragraph is running text, not a label, and breaks greedily.</summary>
    private const int WordLinesLimit = 48;

    /// <summary>What a line costs: each line outweighs every preference, a break inside a word outweighs a lone character.</summary>
    private const double LineCost = 1_000_000, InsideWordCost = 1_000, LoneCharacterCost = 100, SlackCost = 10;

    /// <summary>
    /// The lines of a short label whose words start at <paramref name="wordStarts"/> (glyph indices):
    /// as few as the width allows; among those, broken between words where possible, with no
    /// character left alone on a line, and as even as possible (服务对象/满意度指标, not 服务对象满/意度指标).
    /// Running text, line breaks and spaces fall back to <see cref="Lines"/>.
    /// </summary>
    public static List<TextLine> WordLines(IReadOnlyList<TextGlyph> glyphs, float width, IReadOnlySet<int> wordStarts)
    {
        var count = glyphs.Count;
        if (count == 0 || count > WordLinesLimit || glyphs.Any(g => g.Rune.Value == '\n' || LineBreakRules.IsSpace(g.Rune)))
        {
            return Lines(glyphs, width);
        }

        // cost[end]: the cheapest way to lay out glyphs before end, whose last line starts at from[end].
        var cost = new double[count + 1];
        var from = new int[count + 1];
        Array.Fill(cost, double.PositiveInfinity);
        cost[0] = 0;
        for (var end = 1; end <= count; end++)
        {
            if (end < count && !LineBreakRules.CanBreakBetween(glyphs[end - 1].Rune, glyphs[end].Rune))
            {
                continue;
            }

            var lineWidth = 0f;
            for (var start = end - 1; start >= 0; start--)
            {
                lineWidth += glyphs[start].Advance;
                if (lineWidth > width + Infrastructure.Size.Epsilon && end - start > 1)
                {
                    break;
                }

                if (double.IsPositiveInfinity(cost[start]))
                {
                    continue;
                }

                var slack = Math.Max(0, width - lineWidth) / width;
                var line = LineCost + (SlackCost * slack * slack)
                    + (end < count && !wordStarts.Contains(end) ? InsideWordCost : 0)
                    + (end - start == 1 && count > 1 ? LoneCharacterCost : 0);
                if (cost[start] + line < cost[end])
                {
                    cost[end] = cost[start] + line;
                    from[end] = start;
                }
            }
        }

        if (double.IsPositiveInfinity(cost[count]))
        {
            return Lines(glyphs, width);
        }

        var lines = new List<TextLine>();
        for (var end = count; end > 0; end = from[end])
        {
            lines.Add(Line(glyphs, from[end], end));
        }

        lines.Reverse();
        return lines;
    }

    /// <summary>
    /// The glyphs set small enough that their widest word fits the width, all by the same factor so
    /// that the paragraph keeps one size; failing that at <see cref="LegibleMinimum"/>, small enough
    /// that a range's ends fit, to break between them. As they are when every word fits already, or
    /// when even that would need type under the minimum (a pasted address: cutting it is the lesser harm).
    /// </summary>
    public static IReadOnlyList<TextGlyph> FitWords(IReadOnlyList<TextGlyph> glyphs, float width)
    {
        var widest = WidestWord(glyphs, splitRanges: false);
        if (widest <= width + Infrastructure.Size.Epsilon || glyphs.Count == 0)
        {
            return glyphs;
        }

        var smallest = glyphs.Min(g => g.Style.Size);
        var scale = width / widest;
        if (smallest * scale < LegibleMinimum - Infrastructure.Size.Epsilon)
        {
            scale = Math.Min(1, width / WidestWord(glyphs, splitRanges: true));
            if (scale >= 1 || smallest * scale < LegibleMinimum - Infrastructure.Size.Epsilon)
            {
                return glyphs;
            }
        }

        var styles = new Dictionary<TextStyle, TextStyle>();
        return [.. glyphs.Select(g =>
        {
            if (!styles.TryGetValue(g.Style, out var smaller))
            {
                smaller = g.Style with { Size = g.Style.Size * scale };
                styles.Add(g.Style, smaller);
            }

            return g with { Style = smaller, Advance = g.Advance * scale };
        })];
    }

    /// <summary>
    /// The width of the widest run of glyphs no line may break inside, spaces at its end left out;
    /// with <paramref name="splitRanges"/>, a range's ends counted apart.
    /// </summary>
    public static float WidestWord(IReadOnlyList<TextGlyph> glyphs, bool splitRanges = false)
    {
        float widest = 0, word = 0, spaces = 0;
        for (var i = 0; i < glyphs.Count; i++)
        {
            var rune = glyphs[i].Rune;
            if (rune.Value == '\n' || (i > 0 && (LineBreakRules.CanBreakBetween(glyphs[i - 1].Rune, rune)
                || (splitRanges && LineBreakRules.CanBreakInsideRange(glyphs[i - 1].Rune, rune)))))
            {
                (word, spaces) = (0, 0);
            }

            if (LineBreakRules.IsSpace(rune))
            {
                spaces += glyphs[i].Advance;
            }
            else
            {
                word += spaces + glyphs[i].Advance;
                spaces = 0;
                widest = Math.Max(widest, word);
            }
        }

        return widest;
    }

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
        int lastBreak = -1, lastRangeBreak = -1;
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
            else if (i > start && LineBreakRules.CanBreakInsideRange(glyphs[i - 1].Rune, rune))
            {
                lastRangeBreak = i;
            }

            if (x + glyphs[i].Advance > width + Infrastructure.Size.Epsilon && i > start && !LineBreakRules.IsSpace(rune))
            {
                var end = lastBreak > start ? lastBreak : lastRangeBreak > start ? lastRangeBreak : i;
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
