namespace PerfTargets.Pdf.Composition.Elements;

/// <summary>Items side by side: fixed widths first, the rest shared by weight. Each item gets the row's full height.</summary>
internal sealed class Row : Element
{
    private readonly HashSet<RowItem> done = [];

    public List<RowItem> Items { get; } = [];

    public float Spacing { get; set; }

    public override IEnumerable<Element> Children => Items;

    public override void ResetState() => done.Clear();

    public override SpacePlan Measure(Size available, RenderContext context)
    {
        var widths = Widths(available.Width);
        float height = 0;
        var partial = false;
        for (var i = 0; i < Items.Count; i++)
        {
            if (done.Contains(Items[i]))
            {
                continue;
            }

            var plan = Items[i].Measure(new Size(widths[i], available.Height), context);
            if (!plan.Fits)
            {
                return SpacePlan.Wrap;
            }

            partial |= plan.Kind == SpaceKind.Partial;
            height = Math.Max(height, plan.Height);
        }

        return partial ? SpacePlan.Partial(available.Width, height) : SpacePlan.Full(available.Width, height);
    }

    public override void Draw(Size available, RenderContext context)
    {
        var widths = Widths(available.Width);
        var x = 0f;
        for (var i = 0; i < Items.Count; i++)
        {
            var item = Items[i];
            if (!done.Contains(item))
            {
                var complete = item.Measure(new Size(widths[i], available.Height), context).Kind == SpaceKind.Full;
                context.Canvas.Save();
                context.Canvas.Translate(x, 0);
                item.Draw(new Size(widths[i], available.Height), context);
                context.Canvas.Restore();
                if (complete)
                {
                    done.Add(item);
                }
            }

            x += widths[i] + Spacing;
        }
    }

    private float[] Widths(float available)
    {
        var free = available - (Spacing * Math.Max(0, Items.Count - 1)) - Items.Sum(i => i.ConstantWidth);
        var weights = Items.Sum(i => i.RelativeWidth);
        return [.. Items.Select(i => i.ConstantWidth + (weights > 0 ? Math.Max(0, free) * i.RelativeWidth / weights : 0))];
    }
}

/// <summary>One item of a <see cref="Row"/>: a fixed width, or a share of what is left.</summary>
internal sealed class RowItem : Container
{
    public float ConstantWidth { get; init; }

    public float RelativeWidth { get; init; }
}
