namespace PerfTargets.Pdf.Composition.Elements;

/// <summary>Items one below the other, with space between; breaks between items or inside one that splits.</summary>
internal sealed class Column : Element
{
    private int next;

    public List<Element> Items { get; } = [];

    public float Spacing { get; set; }

    public override IEnumerable<Element> Children => Items;

    public override void ResetState() => next = 0;

    public override SpacePlan Measure(Size available, RenderContext context) => Walk(available, context, draw: false);

    public override void Draw(Size available, RenderContext context) => Walk(available, context, draw: true);

    private SpacePlan Walk(Size available, RenderContext context, bool draw)
    {
        float height = 0, width = 0;
        var index = next;
        for (; index < Items.Count; index++)
        {
            var top = index > next ? height + Spacing : height;
            var plan = Items[index].Measure(new Size(available.Width, Math.Max(0, available.Height - top)), context);
            if (!plan.Fits)
            {
                break;
            }

            if (draw)
            {
                context.Canvas.Save();
                context.Canvas.Translate(0, top);
                Items[index].Draw(new Size(available.Width, plan.Height), context);
                context.Canvas.Restore();
            }

            height = top + plan.Height;
            width = Math.Max(width, plan.Width);
            if (plan.Kind == SpaceKind.Partial)
            {
                return Finish(draw, index, SpacePlan.Partial(width, height));
            }
        }

        if (index == Items.Count)
        {
            return Finish(draw, index, SpacePlan.Full(width, height));
        }

        return Finish(draw, index, index == next ? SpacePlan.Wrap : SpacePlan.Partial(width, height));
    }

    private SpacePlan Finish(bool draw, int index, SpacePlan plan)
    {
        if (draw)
        {
            next = index;
        }

        return plan;
    }
}
