using SkiaSharp;

namespace PerfTargets.Pdf.Composition.Elements;

/// <summary>
/// Lines along the edges of the space the element is given (a table cell's whole box), centred on
/// the edge, so that neighbouring cells share one line.
/// </summary>
internal sealed class Border : Container
{
    public float Left { get; init; }

    public float Top { get; init; }

    public float Right { get; init; }

    public float Bottom { get; init; }

    public SKColor Color { get; init; } = SKColors.Black;

    public override void Draw(Size available, RenderContext context)
    {
        Child.Draw(available, context);
        using var paint = new SKPaint { Color = Color, Style = SKPaintStyle.Stroke, IsAntialias = true };
        Line(context.Canvas, paint, Top, 0, 0, available.Width, 0);
        Line(context.Canvas, paint, Bottom, 0, available.Height, available.Width, available.Height);
        Line(context.Canvas, paint, Left, 0, 0, 0, available.Height);
        Line(context.Canvas, paint, Right, available.Width, 0, available.Width, available.Height);
    }

    private static void Line(SKCanvas canvas, SKPaint paint, float width, float x0, float y0, float x1, float y1)
    {
        if (width > 0)
        {
            paint.StrokeWidth = width;
            canvas.DrawLine(x0, y0, x1, y1, paint);
        }
    }
}
