using SkiaSharp;

namespace PerfTargets.Pdf.Composition.Elements;

/// <summary>A picture scaled to fit the space it is given, its proportions kept; <see cref="Opacity"/> lets the text show through a stamp.</summary>
internal sealed class ImageElement(SKImage image) : Element
{
    public float Opacity { get; init; } = 1;

    public override SpacePlan Measure(Size available, RenderContext context)
    {
        var (width, height) = Fit(available);
        return width > 0 && height > 0 ? SpacePlan.Full(width, height) : SpacePlan.Wrap;
    }

    public override void Draw(Size available, RenderContext context)
    {
        var (width, height) = Fit(available);
        using var paint = new SKPaint { Color = SKColors.White.WithAlpha((byte)Math.Round(255 * Math.Clamp(Opacity, 0, 1))) };
        context.Canvas.DrawImage(image, SKRect.Create(0, 0, width, height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), paint);
    }

    private (float Width, float Height) Fit(Size available)
    {
        var scale = Math.Min(available.Width / image.Width, available.Height / image.Height);
        return (image.Width * scale, image.Height * scale);
    }
}
