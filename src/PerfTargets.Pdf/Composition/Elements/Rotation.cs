namespace PerfTargets.Pdf.Composition.Elements;

/// <summary>The content turned about its centre (a watermark across the page).</summary>
internal sealed class Rotation : Container
{
    public float Degrees { get; init; }

    public override void Draw(Size available, RenderContext context)
    {
        context.Canvas.Save();
        context.Canvas.RotateDegrees(Degrees, available.Width / 2, available.Height / 2);
        Child.Draw(available, context);
        context.Canvas.Restore();
    }
}
