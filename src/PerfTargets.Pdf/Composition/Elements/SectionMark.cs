namespace PerfTargets.Pdf.Composition.Elements;

/// <summary>Records the page on which a named part of the document starts, for its line in a contents page.</summary>
internal sealed class SectionMark(string name) : Element
{
    public override SpacePlan Measure(Size available, RenderContext context) => SpacePlan.Full(0, 0);

    public override void Draw(Size available, RenderContext context) => context.SectionPages.TryAdd(name, context.PageNumber);
}
