using PerfTargets.Pdf.Fonts;
using SkiaSharp;

namespace PerfTargets.Pdf.Composition.Infrastructure;

/// <summary>What every element needs while a document is laid out and drawn: the canvas, the fonts and the page it is on.</summary>
internal sealed class RenderContext(FontSubset fonts, TextMeasurer measurer)
{
    public SKCanvas Canvas { get; set; } = null!;

    public FontSubset Fonts { get; } = fonts;

    public TextMeasurer Measurer { get; } = measurer;

    /// <summary>The number of the page being drawn, from 1.</summary>
    public int PageNumber { get; set; }

    /// <summary>The document's page count, known from the first pass (0 during it).</summary>
    public int PageCount { get; set; }

    /// <summary>The height a page's content area offers, so that a table knows a row taller than any page must split.</summary>
    public float PageContentHeight { get; set; }

    /// <summary>Where each named section starts (its page number), recorded in the first pass for a contents page.</summary>
    public Dictionary<string, int> SectionPages { get; } = new(StringComparer.Ordinal);

    /// <summary>True while the first pass counts pages on a canvas that draws nothing.</summary>
    public bool IsCounting { get; set; }
}
