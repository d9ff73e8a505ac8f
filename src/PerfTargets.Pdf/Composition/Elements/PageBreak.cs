namespace PerfTargets.Pdf.Composition.Elements;

/// <summary>Ends the page: what follows starts on the next one.</summary>
internal sealed class PageBreak : Element
{
    private bool broken;

    public override void ResetState() => broken = false;

    public override SpacePlan Measure(Size available, RenderContext context) => broken ? SpacePlan.Full(0, 0) : SpacePlan.Partial(0, 0);

    public override void Draw(Size available, RenderContext context) => broken = true;
}
