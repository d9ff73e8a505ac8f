namespace PerfTargets.Pdf.Composition.Elements;

/// <summary>Limits on the content's size: a fixed or largest width, a smallest or fixed height.</summary>
internal sealed class Constrained : Container
{
    public float? Width { get; init; }

    public float? MinHeight { get; init; }

    public float? MaxHeight { get; init; }

    public override SpacePlan Measure(Size available, RenderContext context)
    {
        var width = Width ?? available.Width;
        if (width > available.Width + Size.Epsilon || (MinHeight ?? 0) > available.Height + Size.Epsilon)
        {
            return SpacePlan.Wrap;
        }

        var height = Math.Min(available.Height, MaxHeight ?? available.Height);
        var plan = Child.Measure(new Size(width, height), context);
        if (!plan.Fits)
        {
            return plan;
        }

        return plan with { Width = Width ?? plan.Width, Height = Math.Max(plan.Height, MinHeight ?? 0) };
    }

    public override void Draw(Size available, RenderContext context) =>
        Child.Draw(new Size(Width ?? available.Width, Math.Min(available.Height, MaxHeight ?? available.Height)), context);
}
