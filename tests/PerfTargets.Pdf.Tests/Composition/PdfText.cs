using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace PerfTargets.Pdf.Tests.Composition;

/// <summary>A rendered PDF read back: each page's text and letters.</summary>
internal sealed class PdfText : IDisposable
{
    private readonly PdfDocument document;

    public PdfText(byte[] pdf)
    {
        document = PdfDocument.Open(pdf);
        Pages = [.. document.GetPages()];
    }

    public IReadOnlyList<Page> Pages { get; }

    public string All => string.Concat(Pages.Select(p => p.Text));

    /// <summary>How often <paramref name="text"/> stands on each page.</summary>
    public int[] CountPerPage(string text) => [.. Pages.Select(p => Count(p.Text, text))];

    private static int Count(string haystack, string needle)
    {
        var count = 0;
        for (var at = haystack.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(needle, at + needle.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>Every letter lies on its page.</summary>
    public bool LettersInsidePages() => Pages.All(p => p.Letters.All(l =>
        l.BoundingBox.Left >= -0.5 && l.BoundingBox.Right <= p.Width + 0.5 && l.BoundingBox.Bottom >= -0.5 && l.BoundingBox.Top <= p.Height + 0.5));

    public void Dispose() => document.Dispose();
}
