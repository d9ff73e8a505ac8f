namespace PerfTargets.Pdf.Composition.Elements;

/// <summary>Nothing: takes no space and always fits.</summary>
internal sealed class Empty : Element
{
    public override SpacePlan Measure(Size available, RenderContext context) => SpacePlan.Full(0, 0);

    public override void Draw(Size available, RenderContext context)
    {
    }
}
