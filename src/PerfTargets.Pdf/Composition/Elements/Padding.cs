namespace PerfTargets.Pdf.Composition.Elements;

/// <summary>Space kept clear around the content.</summary>
internal sealed class Padding : Container
{
    public float Left { get; init; }

    public float Top { get; init; }

    public float Right { get; init; }

    public float Bottom { get; init; }

    public override SpacePlan Measure(Size available, RenderContext context)
    {
        var inner = Inner(available);
        if (inner.Width < 0 || inner.Height < 0)
        {
            return SpacePlan.Wrap;
        }

        var plan = Child.Measure(inner, context);
        return plan.Fits ? plan with { Width = plan.Width + Left + Right, Height = plan.Height + Top + Bottom } : plan;
    }

    public override void Draw(Size available, RenderContext context)
    {
        context.Canvas.Save();
        context.Canvas.Translate(Left, Top);
        Child.Draw(Inner(available), context);
        context.Canvas.Restore();
    }

    private Size Inner(Size available) => new(available.Width - Left - Right, available.Height - Top - Bottom);
}
