using SkiaSharp;

namespace PerfTargets.Pdf.Composition.Elements;

/// <summary>A fill behind the content, over the whole space given.</summary>
internal sealed class Background : Container
{
    public SKColor Color { get; init; }

    public override void Draw(Size available, RenderContext context)
    {
        using var paint = new SKPaint { Color = Color, Style = SKPaintStyle.Fill };
        context.Canvas.DrawRect(0, 0, available.Width, available.Height, paint);
        Child.Draw(available, context);
    }
}
