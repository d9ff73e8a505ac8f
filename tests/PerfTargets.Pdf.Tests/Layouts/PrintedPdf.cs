using System.Text.Json;
using System.Text.RegularExpressions;
using PerfTargets.Core.Declarations;
using PerfTargets.Data.DemoData;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace PerfTargets.Pdf.Tests.Layouts;

/// <summary>Reading a rendered layout back: its text without the line breaks the cells put in, letters and where they stand.</summary>
internal static partial class PrintedPdf
{
    /// <summary>
    /// Each page's content in drawing order, without white space, so that a value wrapped in its cell
    /// reads as one string; without what the page draws after its content (the footer and the 草稿
    /// watermark), so that a cell continued on the next page reads on from where it stopped.
    /// </summary>
    public static List<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => PageFurniture().Replace(Squeeze(p.Text), string.Empty))];
    }

    /// <summary>The whole document's content in drawing order, without white space.</summary>
    public static string Text(byte[] pdf) => string.Concat(PageTexts(pdf));

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

    [GeneratedRegex(@"(草稿，未提交|第\d+版(·[0-9a-f]{12})?)第\d+页共\d+页(草稿)?$")]
    private static partial Regex PageFurniture();

    public static string Squeeze(string? text) => new((text ?? string.Empty).Where(c => !char.IsWhiteSpace(c)).ToArray());

    public static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>Every letter of every page lies on its page.</summary>
    public static void LettersLieWithinTheirPages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        foreach (var page in document.GetPages())
        {
            foreach (var letter in page.Letters)
            {
                var box = letter.BoundingBox;
                (box.Left >= -0.5 && box.Right <= page.Width + 0.5 && box.Bottom >= -0.5 && box.Top <= page.Height + 0.5)
                    .ShouldBeTrue($"第 {page.Number} 页的「{letter.Value}」在页面之外：{box}");
            }
        }
    }

    /// <summary>
    /// The letters of <paramref name="label"/> on the first page and of <paramref name="value"/> first
    /// drawn after it (its cell is drawn after the label's).
    /// </summary>
    public static (IReadOnlyList<Letter> Label, IReadOnlyList<Letter> Value) LabelAndValue(byte[] pdf, string label, string value)
    {
        using var document = PdfDocument.Open(pdf);
        var letters = document.GetPage(1).Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var text = string.Concat(letters.Select(l => l.Value));
        // Every glyph here is one UTF-16 unit, so string indices are letter indices.
        letters.Count.ShouldBe(text.Length);
        var labelAt = text.IndexOf(label, StringComparison.Ordinal);
        labelAt.ShouldBeGreaterThanOrEqualTo(0, $"「{label}」不在第 1 页");
        var valueAt = text.IndexOf(value, labelAt + label.Length, StringComparison.Ordinal);
        valueAt.ShouldBeGreaterThanOrEqualTo(0, $"「{value}」不在「{label}」之后");
        return (letters.GetRange(labelAt, label.Length), letters.GetRange(valueAt, value.Length));
    }

    /// <summary>The label's letters stand left of the value's, on the same baseline.</summary>
    public static void StandsLeftOfOnTheSameBaseline(IReadOnlyList<Letter> label, IReadOnlyList<Letter> value)
    {
        label.Max(l => l.BoundingBox.Right).ShouldBeLessThan(value.Min(l => l.BoundingBox.Left));
        var baseline = label[0].StartBaseLine.Y;
        label.ShouldAllBe(l => Math.Abs(l.StartBaseLine.Y - baseline) < 0.5);
        value.ShouldAllBe(l => Math.Abs(l.StartBaseLine.Y - baseline) < 0.5);
    }

    /// <summary>A deep copy of a seed declaration to enlarge in a test, leaving the shared seed as it is.</summary>
    public static Declaration Copy(Declaration seed) =>
        JsonSerializer.Deserialize<Declaration>(JsonSerializer.Serialize(seed, DeclarationJson.Options), DeclarationJson.Options)!;

    /// <summary>A text of exactly <paramref name="length"/> characters: the phrase repeated, with a full stop now and then.</summary>
    public static string Long(string phrase, int length)
    {
        var text = string.Concat(Enumerable.Repeat(phrase + "。", (length / (phrase.Length + 1)) + 1));
        return text[..length];
    }

    /// <summary>
    /// <paramref name="count"/> indicators under the seed's first 一级 and 二级, numbered so that a page
    /// holding one can be told; the first has a name of <see cref="DeclarationLimits.IndicatorName"/> characters.
    /// </summary>
    public static List<Indicator> ManyIndicators(Indicator first, int count) =>
    [
        .. Enumerable.Range(1, count).Select(i => new Indicator
        {
            Sequence = i,
            Level1 = first.Level1,
            Level2 = first.Level2,
            Name = i == 1 ? Long("长表指标名称很长的三级指标", DeclarationLimits.IndicatorName) : $"长表指标{i:000}",
            Nature = i % 3 == 0 ? IndicatorNature.Qualitative : IndicatorNature.Quantitative,
            Description = $"第{i}项指标的内容说明",
            Basis = (IndicatorBasis)(i % 4),
            Annual = new IndicatorTarget { Comparator = Comparator.GreaterOrEqual, Value = i, Unit = "次" },
        }),
    ];

    /// <summary>Emoji, an ideograph of CJK Extension B and control characters, as a user may paste them.</summary>
    public const string OddCharacters = "😀𠀀\u0001\u0007\u001b\u200b\u202e\uFEFF\t\r\n";

    /// <summary>A seed declaration's name for a test case and a file: its seed file's number and its place in it.</summary>
    public static string SeedKey(DemoDeclaration seed)
    {
        var inFile = SeedPrints.All.Where(s => s.SourceFile == seed.SourceFile).ToList().IndexOf(seed) + 1;
        var number = seed.SourceFile.Split("seed-")[1][..3];
        return $"{number}-{inFile}";
    }
}
