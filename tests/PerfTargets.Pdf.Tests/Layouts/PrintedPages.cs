using System.Text;
using System.Text.Json;
using PerfTargets.Core.Declarations;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace PerfTargets.Pdf.Tests.Layouts;

/// <summary>
/// Reading a rendered layout back as a reader would: its text without the spaces and line breaks
/// the layout put in, where a field's letters stand, and the ruled lines of the grid around them.
/// </summary>
internal static class PrintedPages
{
    /// <summary>The text as compared: no white space, since wrapping and padding are the layout's business.</summary>
    public static string Squeeze(string? text) => string.Concat((text ?? string.Empty).Where(c => !char.IsWhiteSpace(c)));

    public static string Text(Page page) => Squeeze(page.Text);

    public static string Text(PdfDocument document) => string.Concat(document.GetPages().Select(Text));

    /// <summary>How many times <paramref name="text"/> is printed on the page.</summary>
    public static int Count(Page page, string text)
    {
        var all = Text(page);
        var wanted = Squeeze(text);
        var count = 0;
        for (var at = all.IndexOf(wanted, StringComparison.Ordinal); at >= 0; at = all.IndexOf(wanted, at + wanted.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>Every glyph of every page lies inside the page.</summary>
    public static void ShouldKeepEveryLetterOnItsPage(PdfDocument document)
    {
        foreach (var page in document.GetPages())
        {
            foreach (var letter in page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
            {
                var box = letter.BoundingBox;
                (box.Left >= -0.5 && box.Bottom >= -0.5 && box.Right <= page.Width + 0.5 && box.Top <= page.Height + 0.5)
                    .ShouldBeTrue($"第 {page.Number} 页的「{letter.Value}」在页面之外：{box}");
            }
        }
    }

    /// <summary>The letters that print <paramref name="text"/> (its first occurrence on the page), white space left out.</summary>
    public static IReadOnlyList<Letter> Letters(Page page, string text)
    {
        var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var joined = new StringBuilder();
        var starts = new List<int>();
        foreach (var letter in letters)
        {
            starts.Add(joined.Length);
            joined.Append(letter.Value);
        }

        var at = joined.ToString().IndexOf(Squeeze(text), StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0, $"第 {page.Number} 页上没有「{text}」");
        var first = starts.IndexOf(at);
        var end = at + Squeeze(text).Length;
        return [.. letters.Skip(first).TakeWhile((_, i) => starts[first + i] < end)];
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

    /// <summary>Whether a letter's glyph lies inside a rectangle.</summary>
    public static bool Inside(Letter letter, PdfRectangle cell) =>
        letter.BoundingBox.Left >= cell.Left && letter.BoundingBox.Right <= cell.Right
        && letter.BoundingBox.Bottom >= cell.Bottom && letter.BoundingBox.Top <= cell.Top;

    /// <summary>A deep copy of a seed declaration to enlarge in a test, leaving the shared demo data alone.</summary>
    public static Declaration Copy(Declaration declaration) =>
        JsonSerializer.Deserialize<Declaration>(JsonSerializer.Serialize(declaration, DeclarationJson.Options), DeclarationJson.Options)!;

    /// <summary>
    /// The declaration made as long as a filer can make it: a 项目概况 of 5,000 characters, 200
    /// indicators under its own 一级 and 二级, the first with a 300-character name.
    /// </summary>
    public static Declaration Enlarged(Declaration seed)
    {
        var declaration = Copy(seed);
        declaration.Narrative.Overview = Repeat("项目概况长文测试，", 5_000);
        var pattern = declaration.Indicators;
        declaration.Indicators = [.. Enumerable.Range(0, 200).Select(i =>
        {
            var source = pattern[i % pattern.Count];
            return new Indicator
            {
                Sequence = i + 1,
                Level1 = source.Level1,
                Level2 = source.Level2,
                Name = i == 0 ? Repeat("超长三级指标名称", 300) : $"放大指标{i + 1}号",
                Nature = source.Nature,
                Remark = source.Remark,
                MidTerm = source.MidTerm,
                Annual = source.Annual,
            };
        })];
        return declaration;
    }

    /// <summary><paramref name="unit"/> over and over, cut to <paramref name="length"/> characters.</summary>
    public static string Repeat(string unit, int length) =>
        string.Concat(Enumerable.Repeat(unit, (length / unit.Length) + 1))[..length];

    /// <summary>A name for a seed declaration's rendered pages: seed-002-suzhou-3.</summary>
    public static string SeedName(int index)
    {
        var seed = SeedPrints.All[index];
        var file = seed.SourceFile.Split('.')[^2];
        var within = SeedPrints.All.Take(index).Count(s => s.SourceFile == seed.SourceFile) + 1;
        return $"{file}-{within}";
    }
}
