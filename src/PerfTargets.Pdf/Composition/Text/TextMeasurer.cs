using PerfTargets.Pdf.Fonts;
using SkiaSharp;

namespace PerfTargets.Pdf.Composition.Text;

/// <summary>
/// Advances of characters in the document's fonts, and the SKFont objects to draw them with. Fonts
/// are unhinted with linear metrics, so that what is measured is exactly what is drawn.
/// </summary>
internal sealed class TextMeasurer(FontSubset fonts) : IDisposable
{
    private const float ReferenceSize = 1000f;
    private readonly Dictionary<(int Codepoint, bool Bold), float> advances = [];
    private readonly Dictionary<(SKTypeface Face, float Size, bool Embolden), SKFont> drawing = [];
    private readonly Dictionary<(SKTypeface Face, bool Embolden), SKFont> reference = [];

    /// <summary>The face that draws <paramref name="codepoint"/>, and whether its bold must be synthesised.</summary>
    public (SKTypeface Face, bool Embolden) FaceFor(int codepoint, bool bold)
    {
        var face = fonts.FaceFor(codepoint, bold);
        return (face, bold && !ReferenceEquals(face, fonts.Bold));
    }

    public float Advance(int codepoint, TextStyle style)
    {
        if (!advances.TryGetValue((codepoint, style.Bold), out var perPoint))
        {
            var (face, embolden) = FaceFor(codepoint, style.Bold);
            var font = ReferenceFont(face, embolden);
            Span<ushort> glyph = stackalloc ushort[1];
            glyph[0] = font.GetGlyph(codepoint);
            Span<float> width = stackalloc float[1];
            font.GetGlyphWidths(glyph, width, Span<SKRect>.Empty, null);
            perPoint = width[0] / ReferenceSize;
            advances[(codepoint, style.Bold)] = perPoint;
        }

        return perPoint * style.Size;
    }

    public SKFont Font(SKTypeface face, float size, bool embolden)
    {
        if (!drawing.TryGetValue((face, size, embolden), out var font))
        {
            font = Create(face, size, embolden);
            drawing[(face, size, embolden)] = font;
        }

        return font;
    }

    private SKFont ReferenceFont(SKTypeface face, bool embolden)
    {
        if (!reference.TryGetValue((face, embolden), out var font))
        {
            font = Create(face, ReferenceSize, embolden);
            reference[(face, embolden)] = font;
        }

        return font;
    }

    private static SKFont Create(SKTypeface face, float size, bool embolden) => new(face, size)
    {
        Embolden = embolden,
        Hinting = SKFontHinting.None,
        LinearMetrics = true,
        Subpixel = true,
        Edging = SKFontEdging.Antialias,
    };

    public void Dispose()
    {
        foreach (var font in drawing.Values.Concat(reference.Values))
        {
            font.Dispose();
        }

        drawing.Clear();
        reference.Clear();
    }
}
