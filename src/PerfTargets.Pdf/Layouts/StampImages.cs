using System.Runtime.CompilerServices;
using SkiaSharp;

namespace PerfTargets.Pdf.Layouts;

/// <summary>
/// Seal PNGs made ready to print: decoded once per stored seal and scaled to at most 220 pixels a
/// side, about 140 dpi for a 4 cm stamp and a fraction of the original in the PDF.
/// </summary>
internal static class StampImages
{
    private const int PrintedSide = 220;
    private static readonly ConditionalWeakTable<byte[], SKImage> Decoded = [];

    public static SKImage? Of(byte[]? png) => png is null ? null : Decoded.GetValue(png, Decode);

    private static SKImage Decode(byte[] png)
    {
        using var original = SKBitmap.Decode(png) ?? throw new InvalidOperationException("The seal image cannot be decoded.");
        var scale = Math.Min(1f, (float)PrintedSide / Math.Max(original.Width, original.Height));
        var info = new SKImageInfo(Math.Max(1, (int)(original.Width * scale)), Math.Max(1, (int)(original.Height * scale)), SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var scaled = original.Resize(info, new SKSamplingOptions(SKCubicResampler.Mitchell));
        return SKImage.FromBitmap(scaled);
    }
}
