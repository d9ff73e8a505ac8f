using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace PerfTargets.Pdf.Tests;

/// <summary>
/// Reading a rendered PDF back as a reader would: its text without the white space the layout put in
/// (wrapping and padding are the layout's business), how often a text is printed, where a text's
/// letters stand, and the ruled lines of the grid around them.
/// </summary>
internal static partial class PrintedPdf
{
    /// <summary>The text as compared: no white space.</summary>
    public static string Squeeze(string? text) => string.Concat((text ?? string.Empty).Where(c => !char.IsWhiteSpace(c)));

    /// <summary>Everything the page prints, its footer and watermark included, without white space.</summary>
    public static string Text(Page page) => Squeeze(page.Text);

    /// <summary>Everything the document prints, page after page, footers and watermarks included, without white space.</summary>
    public static string Text(PdfDocument document) => string.Concat(document.GetPages().Select(Text));

    /// <summary>
    /// Each page's content in drawing order, without white space, so that a value wrapped in its cell
    /// reads as one string; without what the page draws after its content (the footer and the 草稿
    /// watermark), so that a cell continued on the next page reads on from where it stopped.
    /// </summary>
    public static List<string> ContentOfPages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => PageFurniture().Replace(Text(p), string.Empty))];
    }

    /// <summary>The whole document's content in drawing order, without white space, footers and watermarks.</summary>
    public static string Content(byte[] pdf) => string.Concat(ContentOfPages(pdf));

    [GeneratedRegex(@"(草稿，未提交|第\d+版(·[0-9a-f]{12})?)第\d+页共\d+页(草稿)?$")]
    private static partial Regex PageFurniture();

    /// <summary>
    /// Asserts that the printed text holds <paramref name="expected"/>; when not, says how far it
    /// reads and what stands there instead, rather than quoting thousands of characters.
    /// </summary>
    public static void ShouldRead(this string printed, string expected)
    {
        if (printed.Contains(expected, StringComparison.Ordinal))
        {
            return;
        }

        // A prefix found means every shorter one is found too: search for the longest by halves.
        var (found, missing) = (0, expected.Length);
        while (missing - found > 1)
        {
            var middle = (found + missing) / 2;
            (found, missing) = printed.Contains(expected[..middle], StringComparison.Ordinal) ? (middle, missing) : (found, middle);
        }

        var length = found;
        var at = length == 0 ? -1 : printed.IndexOf(expected[..length], StringComparison.Ordinal);
        throw new ShouldAssertException(at < 0
            ? $"「{Excerpt(expected, 0)}」（{expected.Length} 字）没有印出。"
            : $"「{Excerpt(expected, 0)}」（{expected.Length} 字）只印出前 {length} 字：其后应为「{Excerpt(expected, length)}」，印的是「{Excerpt(printed, at + length)}」。");
    }

    private static string Excerpt(string text, int from) => text.Substring(from, Math.Min(40, text.Length - from));

    /// <summary>How many times <paramref name="part"/> stands in <paramref name="text"/>, occurrences not overlapping.</summary>
    public static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>How many times <paramref name="text"/> is printed on the page, white space left out of both.</summary>
    public static int Occurrences(Page page, string text) => Occurrences(Text(page), Squeeze(text));

    /// <summary>Every letter of every page, white space included, lies on its page (to half a point).</summary>
    public static void LettersLieWithinTheirPages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        LettersLieWithinTheirPages(document);
    }

    /// <inheritdoc cref="LettersLieWithinTheirPages(byte[])"/>
    public static void LettersLieWithinTheirPages(PdfDocument document)
    {
        foreach (var page in document.GetPages())
        {
            var sheet = new PdfRectangle(0, 0, page.Width, page.Height);
            foreach (var letter in page.Letters)
            {
                Inside(letter, sheet, tolerance: 0.5).ShouldBeTrue($"第 {page.Number} 页的「{letter.Value}」在页面之外：{letter.BoundingBox}");
            }
        }
    }

    /// <summary>The letters that print <paramref name="text"/> (its first occurrence on the page), white space left out.</summary>
    public static IReadOnlyList<Letter> Letters(Page page, string text) =>
        Find(page, text, from: 0, $"第 {page.Number} 页上没有「{text}」").Letters;

    /// <summary>
    /// How the first occurrence of <paramref name="text"/> in the document is broken into lines: its
    /// letters, white space left out, grouped by baseline from the top.
    /// </summary>
    public static List<string> PrintedLines(PdfDocument document, string text)
    {
        var page = document.GetPages().FirstOrDefault(p => Text(p).Contains(Squeeze(text), StringComparison.Ordinal));
        page.ShouldNotBeNull($"「{text}」没有印出");
        return [.. Letters(page, text).GroupBy(l => Math.Round(l.StartBaseLine.Y * 2) / 2).OrderByDescending(g => g.Key)
            .Select(g => string.Concat(g.OrderBy(l => l.StartBaseLine.X).Select(l => l.Value)))];
    }

    /// <summary>
    /// The letters of <paramref name="label"/> on the first page and of <paramref name="value"/> first
    /// drawn after it (its cell is drawn after the label's).
    /// </summary>
    public static (IReadOnlyList<Letter> Label, IReadOnlyList<Letter> Value) LabelAndValue(byte[] pdf, string label, string value)
    {
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var (labelLetters, labelEnd) = Find(page, label, from: 0, $"「{label}」不在第 1 页");
        var (valueLetters, _) = Find(page, value, from: labelEnd, $"「{value}」不在「{label}」之后");
        return (labelLetters, valueLetters);
    }

    /// <summary>
    /// The letters of the first occurrence of <paramref name="text"/> on the page at or after character
    /// <paramref name="from"/> of the page's letters joined without white space, and where it ends there.
    /// </summary>
    private static (IReadOnlyList<Letter> Letters, int End) Find(Page page, string text, int from, string missing)
    {
        var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var joined = new StringBuilder();
        var starts = new List<int>(letters.Count);
        foreach (var letter in letters)
        {
            starts.Add(joined.Length);
            joined.Append(letter.Value);
        }

        var wanted = Squeeze(text);
        var at = joined.ToString().IndexOf(wanted, from, StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0, missing);
        var end = at + wanted.Length;
        var first = starts.FindLastIndex(start => start <= at);
        return ([.. letters.Skip(first).TakeWhile((_, i) => starts[first + i] < end)], end);
    }

    /// <summary>The label's letters stand left of the value's, on the same baseline.</summary>
    public static void StandsLeftOfOnTheSameBaseline(IReadOnlyList<Letter> label, IReadOnlyList<Letter> value)
    {
        label.Max(l => l.BoundingBox.Right).ShouldBeLessThan(value.Min(l => l.BoundingBox.Left));
        var baseline = label[0].StartBaseLine.Y;
        label.ShouldAllBe(l => Math.Abs(l.StartBaseLine.Y - baseline) < 0.5);
        value.ShouldAllBe(l => Math.Abs(l.StartBaseLine.Y - baseline) < 0.5);
    }

    /// <summary>The box around some letters.</summary>
    public static PdfRectangle Box(IEnumerable<Letter> letters)
    {
        var boxes = letters.Select(l => l.BoundingBox).ToList();
        return new PdfRectangle(boxes.Min(b => b.Left), boxes.Min(b => b.Bottom), boxes.Max(b => b.Right), boxes.Max(b => b.Top));
    }

    /// <summary>
    /// The ruled cell a box of text stands in: the nearest drawn line on each side of it that runs
    /// past the box's middle, as a reader sees the cell. Fails when a side has no line.
    /// </summary>
    public static PdfRectangle CellAround(Page page, PdfRectangle text)
    {
        var lines = page.Paths.Where(p => p.IsStroked && !p.IsClipping).SelectMany(p => p)
            .Select(s => s.GetBoundingRectangle()).OfType<PdfRectangle>().ToList();
        var (x, y) = (text.Centroid.X, text.Centroid.Y);
        var vertical = lines.Where(l => l.Width < 0.5 && l.Bottom <= y && l.Top >= y).Select(l => l.Left).ToList();
        var horizontal = lines.Where(l => l.Height < 0.5 && l.Left <= x && l.Right >= x).Select(l => l.Bottom).ToList();
        var left = Nearest(vertical.Where(v => v <= text.Left + 0.01), "文字左侧没有竖线").Max();
        var right = Nearest(vertical.Where(v => v >= text.Right - 0.01), "文字右侧没有竖线").Min();
        var bottom = Nearest(horizontal.Where(h => h <= text.Bottom + 0.01), "文字下方没有横线").Max();
        var top = Nearest(horizontal.Where(h => h >= text.Top - 0.01), "文字上方没有横线").Min();
        return new PdfRectangle(left, bottom, right, top);
    }

    private static List<double> Nearest(IEnumerable<double> lines, string missing)
    {
        var list = lines.ToList();
        list.ShouldNotBeEmpty(missing);
        return list;
    }

    /// <summary>Whether a letter's glyph lies inside a rectangle, or overhangs it by no more than <paramref name="tolerance"/>.</summary>
    public static bool Inside(Letter letter, PdfRectangle area, double tolerance = 0) =>
        letter.BoundingBox.Left >= area.Left - tolerance && letter.BoundingBox.Right <= area.Right + tolerance
        && letter.BoundingBox.Bottom >= area.Bottom - tolerance && letter.BoundingBox.Top <= area.Top + tolerance;
}
