using SkiaSharp;

namespace PerfTargets.Pdf.Composition.Elements;

/// <summary>A drawing of a fixed size made by code (a QR code in vector squares).</summary>
internal sealed class CanvasElement(float width, float height, Action<SKCanvas, Size> paint) : Element
{
    public override SpacePlan Measure(Size available, RenderContext context) =>
        width <= available.Width + Size.Epsilon && height <= available.Height + Size.Epsilon ? SpacePlan.Full(width, height) : SpacePlan.Wrap;

    public override void Draw(Size available, RenderContext context) => paint(context.Canvas, new Size(width, height));
}
