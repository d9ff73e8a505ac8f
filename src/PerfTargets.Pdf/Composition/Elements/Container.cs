namespace PerfTargets.Pdf.Composition.Elements;

/// <summary>A slot that holds one element; the fluent API fills it. Wrappers (padding, border …) derive from it.</summary>
internal class Container : Element, IContainer
{
    public Element Child { get; set; } = new Empty();

    public override IEnumerable<Element> Children => [Child];

    public override SpacePlan Measure(Size available, RenderContext context) => Child.Measure(available, context);

    public override void Draw(Size available, RenderContext context) => Child.Draw(available, context);
}
