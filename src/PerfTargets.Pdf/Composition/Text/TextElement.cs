using System.Text;
using SkiaSharp;

namespace PerfTargets.Pdf.Composition.Text;

/// <summary>
/// A paragraph of styled spans, broken into lines by <see cref="ParagraphLayout"/>. It splits between
/// lines across pages and continues where it stopped.
/// </summary>
internal sealed class TextElement : Element
{
    /// <summary>Where the baseline sits in a CJK font's em box, from its top.</summary>
    private const float BaselineInEm = 0.88f;

    private List<TextGlyph>? glyphs;

    /// <summary>The glyphs as laid out at the last width: smaller than given where a word would not fit.</summary>
    private IReadOnlyList<TextGlyph> fitted = [];
    private int glyphsPage = -1;
    private HashSet<int> wordStarts = [];
    private List<TextLine>? lines;
    private float linesWidth = -1;
    private int nextLine;

    public List<TextSpan> Spans { get; } = [];

    public TextAlignment Alignment { get; set; } = TextAlignment.Left;

    /// <summary>Each span is a word of a short label, laid out by <see cref="ParagraphLayout.WordLines"/>.</summary>
    public bool SpansAreWords { get; set; }

    private bool IsDynamic => Spans.Exists(s => s.Dynamic is not null);

    /// <summary>Every character the paragraph can print and whether in bold, for the font subsets.</summary>
    public IEnumerable<(Rune Rune, bool Bold)> Characters => Spans.SelectMany(s => TextSanitizer.Printable(s.Text).Select(r => (r, s.Style.Bold)));

    public override void ResetState() => nextLine = 0;

    public override SpacePlan Measure(Size available, RenderContext context)
    {
        var all = Layout(available.Width, context);
        if (nextLine >= all.Count)
        {
            return SpacePlan.Full(0, 0);
        }

        var (count, height, width) = Fitting(all, available.Height);
        if (count == 0)
        {
            return SpacePlan.Wrap;
        }

        return nextLine + count == all.Count ? SpacePlan.Full(width, height) : SpacePlan.Partial(width, height);
    }

    public override void Draw(Size available, RenderContext context)
    {
        var all = Layout(available.Width, context);
        var (count, _, _) = Fitting(all, available.Height);
        using var paint = new SKPaint { IsAntialias = true };
        var top = 0f;
        for (var i = nextLine; i < nextLine + count; i++)
        {
            var line = all[i];
            var x = Alignment switch
            {
                TextAlignment.Center => (available.Width - line.Width) / 2,
                TextAlignment.Right => available.Width - line.Width,
                _ => 0f,
            };
            DrawLine(line, x, top + ((line.Height - line.Size) / 2) + (line.Size * BaselineInEm), paint, context);
            top += line.Height;
        }

        nextLine += count;
    }

    private (int Count, float Height, float Width) Fitting(List<TextLine> all, float availableHeight)
    {
        float height = 0, width = 0;
        var count = 0;
        for (var i = nextLine; i < all.Count && height + all[i].Height <= availableHeight + Size.Epsilon; i++)
        {
            height += all[i].Height;
            width = Math.Max(width, all[i].Width);
            count++;
        }

        return (count, height, width);
    }

    private void DrawLine(TextLine line, float x, float baseline, SKPaint paint, RenderContext context)
    {
        var run = new StringBuilder();
        var i = line.Start;
        while (i < line.End)
        {
            var first = fitted[i];
            var (face, embolden) = context.Measurer.FaceFor(first.Rune.Value, first.Style.Bold);
            var runWidth = 0f;
            run.Clear();
            while (i < line.End && fitted[i].Style == first.Style && context.Measurer.FaceFor(fitted[i].Rune.Value, first.Style.Bold) == (face, embolden))
            {
                run.Append(fitted[i].Rune.ToString());
                runWidth += fitted[i].Advance;
                i++;
            }

            paint.Color = first.Style.Ink;
            context.Canvas.DrawText(run.ToString(), x, baseline, SKTextAlign.Left, context.Measurer.Font(face, first.Style.Size, embolden), paint);
            x += runWidth;
        }
    }

    private List<TextLine> Layout(float width, RenderContext context)
    {
        if (glyphs is null || (IsDynamic && glyphsPage != context.PageNumber))
        {
            glyphs = [];
            wordStarts = [];
            foreach (var span in Spans)
            {
                wordStarts.Add(glyphs.Count);
                foreach (var rune in TextSanitizer.Printable(span.TextOn(context)))
                {
                    glyphs.Add(new TextGlyph(rune, span.Style, rune.Value == '\n' ? 0 : context.Measurer.Advance(rune.Value, span.Style)));
                }
            }

            glyphsPage = context.PageNumber;
            lines = null;
        }

        if (lines is null || Math.Abs(linesWidth - width) > Size.Epsilon)
        {
            var lineWidth = Math.Max(width, 1);
            fitted = ParagraphLayout.FitWords(glyphs, lineWidth);
            lines = SpansAreWords ? ParagraphLayout.WordLines(fitted, lineWidth, wordStarts) : ParagraphLayout.Lines(fitted, lineWidth);
            linesWidth = width;
        }

        return lines;
    }
}
