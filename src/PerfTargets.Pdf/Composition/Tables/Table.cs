using SkiaSharp;

namespace PerfTargets.Pdf.Composition.Tables;

/// <summary>
/// A grid of cells with spans, planned before it is drawn. It breaks between rows and repeats its
/// header rows on every page; a spanned cell cut by a page break (an 一级 label) is drawn again on
/// the next page; a single row taller than a page is split at the page's foot. A cell never draws
/// outside its box.
/// </summary>
internal sealed class Table : Element
{
    /// <summary>Below this, splitting a row would leave a sliver: the row goes to the next page instead.</summary>
    private const float SmallestSplit = 24f;

    private int rowCount;
    private int headerRowCount;
    private bool placed;
    private bool finished;
    private int nextRow;
    private TablePlan? cached;
    private (Size Available, int Page, bool Counting, int Row) cachedFor;

    public List<TableColumn> Columns { get; } = [];

    public List<TableCell> HeaderCells { get; } = [];

    public List<TableCell> Cells { get; } = [];

    public override IEnumerable<Element> Children => HeaderCells.Concat(Cells);

    public override void ResetState()
    {
        nextRow = 0;
        finished = false;
        cached = null;
    }

    public override SpacePlan Measure(Size available, RenderContext context) => Plan(available, context).Space;

    public override void Draw(Size available, RenderContext context)
    {
        var plan = Plan(available, context);
        if (!plan.Space.Fits || finished)
        {
            return;
        }

        var headerTops = new float[plan.HeaderRows.Length + 1];
        for (var i = 0; i < plan.HeaderRows.Length; i++)
        {
            headerTops[i + 1] = headerTops[i] + plan.HeaderRows[i];
        }

        foreach (var cell in HeaderCells)
        {
            DrawCell(cell, plan.ColumnLeft[cell.PlacedColumn], headerTops[cell.PlacedRow], plan.Width(cell), headerTops[cell.EndRow + 1] - headerTops[cell.PlacedRow], context);
        }

        var top = plan.HeaderHeight;
        foreach (var cell in Cells)
        {
            if (plan.Rows.Count == 0 || cell.PlacedRow > plan.LastRow || cell.EndRow < plan.FirstRow)
            {
                continue;
            }

            if (cell.PlacedRow < plan.FirstRow)
            {
                cell.ResetAll();
            }

            var (cellTop, height) = plan.Fragment(cell);
            var size = new Size(plan.Width(cell), height);
            // In a row cut by the page's foot, a cell that ends here (a label) is drawn again beside the rest.
            var repeat = cell.EndRow > plan.LastRow || (plan.SplitRow && cell.EndRow == plan.LastRow && cell.Measure(size, context).Kind == SpaceKind.Full);
            DrawCell(cell, plan.ColumnLeft[cell.PlacedColumn], top + cellTop, size.Width, size.Height, context);
            if (repeat)
            {
                cell.ResetAll();
            }
        }

        nextRow = plan.SplitRow ? plan.LastRow : plan.LastRow + 1;
        finished = plan.Space.Kind == SpaceKind.Full;
        cached = null;
    }

    private static void DrawCell(TableCell cell, float x, float y, float width, float height, RenderContext context)
    {
        context.Canvas.Save();
        context.Canvas.Translate(x, y);
        context.Canvas.ClipRect(SKRect.Create(-1, -1, width + 2, height + 2));
        cell.Draw(new Size(width, height), context);
        context.Canvas.Restore();
    }

    private TablePlan Plan(Size available, RenderContext context)
    {
        var key = (available, context.PageNumber, context.IsCounting, nextRow);
        if (cached is not null && cachedFor == key)
        {
            return cached;
        }

        if (!placed)
        {
            headerRowCount = CellPlacement.Place(HeaderCells, Columns.Count);
            rowCount = CellPlacement.Place(Cells, Columns.Count);
            placed = true;
        }

        var (left, width) = ColumnEdges(available.Width);
        cached = Plan(available, context, left, width);
        cachedFor = key;
        return cached;
    }

    private TablePlan Plan(Size available, RenderContext context, float[] left, float[] width)
    {
        if (finished)
        {
            return new TablePlan(left, width, [], nextRow, [], false, SpacePlan.Full(0, 0));
        }

        foreach (var cell in HeaderCells)
        {
            cell.ResetAll();
        }

        var needs = new Dictionary<TableCell, float>();
        var header = RowHeights(HeaderCells, headerRowCount, left, width, needs, context);
        var headerHeight = header.Sum();
        var body = available.Height - headerHeight;
        if (body < -Size.Epsilon)
        {
            return new TablePlan(left, width, header, nextRow, [], false, SpacePlan.Wrap);
        }

        var endingAt = Cells.Where(c => c.EndRow >= nextRow).ToLookup(c => c.EndRow);
        var rows = new List<float>();
        var used = 0f;
        for (var row = nextRow; row < rowCount; row++)
        {
            var height = NaturalHeight(row, endingAt[row], rows, left, width, needs, context);
            if (used + height > body + Size.Epsilon)
            {
                break;
            }

            rows.Add(height);
            used += height;
        }

        used = KeepSpannedCellsWhole(rows, used, body, left, width, needs, context);
        var split = false;
        var following = nextRow + rows.Count;
        if (following < rowCount)
        {
            // A row that no page could hold is cut here, at the page's foot, rather than after a half-empty page.
            var natural = NaturalHeight(following, endingAt[following], rows, left, width, needs, context);
            if (natural + headerHeight > context.PageContentHeight + Size.Epsilon && body - used >= SmallestSplit)
            {
                rows.Add(body - used);
                used = body;
                split = true;
            }
            else if (rows.Count == 0)
            {
                return new TablePlan(left, width, header, nextRow, rows, false, SpacePlan.Wrap);
            }
        }

        var complete = !split && nextRow + rows.Count == rowCount;
        var space = complete ? SpacePlan.Full(available.Width, headerHeight + used) : SpacePlan.Partial(available.Width, headerHeight + used);
        return new TablePlan(left, width, header, nextRow, rows, split, space);
    }

    /// <summary>
    /// A spanned cell cut by the page's foot is drawn whole on each page it touches, so its part here
    /// must be tall enough: the last row grows, or goes to the next page with the rows after it.
    /// </summary>
    private float KeepSpannedCellsWhole(List<float> rows, float used, float body, float[] left, float[] width, Dictionary<TableCell, float> needs, RenderContext context)
    {
        while (rows.Count > 0 && nextRow + rows.Count < rowCount)
        {
            var last = nextRow + rows.Count - 1;
            var deficit = 0f;
            foreach (var cell in Cells.Where(c => c.PlacedRow <= last && c.EndRow > last))
            {
                var from = Math.Max(cell.PlacedRow, nextRow) - nextRow;
                deficit = Math.Max(deficit, Need(cell, left, width, needs, context) - rows.Skip(from).Sum());
            }

            if (deficit <= Size.Epsilon)
            {
                break;
            }

            if (used + deficit <= body + Size.Epsilon)
            {
                rows[^1] += deficit;
                return used + deficit;
            }

            used -= rows[^1];
            rows.RemoveAt(rows.Count - 1);
        }

        return used;
    }

    private float NaturalHeight(int row, IEnumerable<TableCell> ending, List<float> rows, float[] left, float[] width, Dictionary<TableCell, float> needs, RenderContext context)
    {
        var height = 0f;
        foreach (var cell in ending)
        {
            var from = Math.Max(cell.PlacedRow, nextRow) - nextRow;
            var above = 0f;
            for (var i = from; i < row - nextRow && i < rows.Count; i++)
            {
                above += rows[i];
            }

            height = Math.Max(height, Need(cell, left, width, needs, context) - above);
        }

        return height;
    }

    private static float[] RowHeights(List<TableCell> cells, int count, float[] left, float[] width, Dictionary<TableCell, float> needs, RenderContext context)
    {
        var heights = new float[count];
        foreach (var cell in cells.OrderBy(c => c.EndRow))
        {
            var above = 0f;
            for (var i = cell.PlacedRow; i < cell.EndRow; i++)
            {
                above += heights[i];
            }

            heights[cell.EndRow] = Math.Max(heights[cell.EndRow], Need(cell, left, width, needs, context) - above);
        }

        return heights;
    }

    /// <summary>The height a cell's content asks for at its width; a cell carried over from the last page starts afresh.</summary>
    private static float Need(TableCell cell, float[] left, float[] width, Dictionary<TableCell, float> needs, RenderContext context)
    {
        if (!needs.TryGetValue(cell, out var need))
        {
            var cellWidth = left[cell.PlacedColumn + cell.ColumnSpan - 1] + width[cell.PlacedColumn + cell.ColumnSpan - 1] - left[cell.PlacedColumn];
            var plan = cell.Measure(new Size(cellWidth, Size.Unbounded), context);
            need = plan.Fits ? plan.Height : 0;
            needs[cell] = need;
        }

        return need;
    }

    private (float[] Left, float[] Width) ColumnEdges(float available)
    {
        var fixedWidth = Columns.Sum(c => c.ConstantWidth);
        var weights = Columns.Sum(c => c.RelativeWidth);
        var free = Math.Max(0, available - fixedWidth);
        var left = new float[Columns.Count];
        var width = new float[Columns.Count];
        var x = 0f;
        for (var i = 0; i < Columns.Count; i++)
        {
            left[i] = x;
            width[i] = Columns[i].ConstantWidth + (weights > 0 ? free * Columns[i].RelativeWidth / weights : 0);
            x += width[i];
        }

        return (left, width);
    }
}
