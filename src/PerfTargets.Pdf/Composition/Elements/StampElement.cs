using SkiaSharp;

namespace PerfTargets.Pdf.Composition.Elements;

/// <summary>A seal pressed over the content: centred on a point of the space, free of its edges, taking no room.</summary>
internal sealed class StampElement(SKImage image, float diameter, float across, float opacity) : Element
{
    public override SpacePlan Measure(Size available, RenderContext context) => SpacePlan.Full(0, 0);

    public override void Draw(Size available, RenderContext context)
    {
        var height = diameter * image.Height / image.Width;
        var rect = SKRect.Create((available.Width * across) - (diameter / 2), (available.Height - height) / 2, diameter, height);
        using var paint = new SKPaint { Color = SKColors.White.WithAlpha((byte)Math.Round(255 * Math.Clamp(opacity, 0, 1))) };
        context.Canvas.DrawImage(image, rect, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), paint);
    }
}
