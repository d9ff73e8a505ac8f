using SkiaSharp;

namespace PerfTargets.Pdf.Composition.Text;

/// <summary>How a run of text looks: size in points, weight, colour and line height as a multiple of the size.</summary>
public sealed record TextStyle(float Size = 10.5f, bool Bold = false, SKColor? Color = null, float LineHeight = 1.4f)
{
    public static TextStyle Default { get; } = new();

    public SKColor Ink => Color ?? SKColors.Black;
}
