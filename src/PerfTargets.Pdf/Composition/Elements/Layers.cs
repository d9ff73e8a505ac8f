namespace PerfTargets.Pdf.Composition.Elements;

/// <summary>A primary layer that takes the space, and layers drawn over it in the same space (a stamp over the text).</summary>
internal sealed class Layers : Element
{
    public Container Primary { get; } = new();

    public List<Container> Overlays { get; } = [];

    public override IEnumerable<Element> Children => Overlays.Prepend<Element>(Primary);

    public override SpacePlan Measure(Size available, RenderContext context) => Primary.Measure(available, context);

    public override void Draw(Size available, RenderContext context)
    {
        Primary.Draw(available, context);
        foreach (var overlay in Overlays)
        {
            overlay.ResetAll();
            if (overlay.Measure(available, context).Fits)
            {
                overlay.Draw(available, context);
            }
        }
    }
}
