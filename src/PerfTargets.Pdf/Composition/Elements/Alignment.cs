namespace PerfTargets.Pdf.Composition.Elements;

/// <summary>Where the content sits in a larger space: across (left, centre, right) and down (top, middle, bottom).</summary>
internal sealed class Alignment : Container
{
    public float Horizontal { get; set; }

    public float Vertical { get; set; }

    public override SpacePlan Measure(Size available, RenderContext context)
    {
        var plan = Child.Measure(available, context);
        return plan.Fits ? plan with { Width = Horizontal > 0 ? available.Width : plan.Width } : plan;
    }

    public override void Draw(Size available, RenderContext context)
    {
        var plan = Child.Measure(available, context);
        if (!plan.Fits)
        {
            return;
        }

        var x = (available.Width - plan.Width) * Horizontal;
        var y = Math.Max(0, (available.Height - plan.Height) * Vertical);
        context.Canvas.Save();
        context.Canvas.Translate(x, y);
        Child.Draw(plan.Size, context);
        context.Canvas.Restore();
    }
}
