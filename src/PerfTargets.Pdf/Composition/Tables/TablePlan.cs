namespace PerfTargets.Pdf.Composition.Tables;

/// <summary>
/// What a table puts on one page: its column edges, the header rows' heights, and the body rows
/// from <see cref="FirstRow"/> with their heights; <see cref="SplitRow"/> when the last of them, a
/// row taller than a page, is cut at the page's foot.
/// </summary>
internal sealed record TablePlan(
    float[] ColumnLeft,
    float[] ColumnWidth,
    float[] HeaderRows,
    int FirstRow,
    List<float> Rows,
    bool SplitRow,
    SpacePlan Space)
{
    public float HeaderHeight => HeaderRows.Sum();

    public int LastRow => FirstRow + Rows.Count - 1;

    public float Width(TableCell cell) => ColumnLeft[cell.PlacedColumn + cell.ColumnSpan - 1] + ColumnWidth[cell.PlacedColumn + cell.ColumnSpan - 1] - ColumnLeft[cell.PlacedColumn];

    /// <summary>The top and height of a cell's part on this page, counted from the first body row.</summary>
    public (float Top, float Height) Fragment(TableCell cell)
    {
        var from = Math.Max(cell.PlacedRow, FirstRow) - FirstRow;
        var to = Math.Min(cell.EndRow, LastRow) - FirstRow;
        var top = 0f;
        for (var i = 0; i < from; i++)
        {
            top += Rows[i];
        }

        var height = 0f;
        for (var i = from; i <= to; i++)
        {
            height += Rows[i];
        }

        return (top, height);
    }
}
