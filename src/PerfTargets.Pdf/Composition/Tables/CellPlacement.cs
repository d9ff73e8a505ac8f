namespace PerfTargets.Pdf.Composition.Tables;

/// <summary>
/// Puts cells on the grid: a cell with a row and column stands there; the others take the next
/// free places in reading order, as a form is filled in, skipping places covered by spans.
/// </summary>
internal static class CellPlacement
{
    /// <summary>Places the cells and returns the number of rows they cover.</summary>
    public static int Place(IReadOnlyList<TableCell> cells, int columns)
    {
        var taken = new HashSet<(int Row, int Column)>();
        foreach (var cell in cells.Where(c => c.Row is not null && c.Column is not null))
        {
            Occupy(cell, cell.Row!.Value, cell.Column!.Value, columns, taken);
        }

        int row = 0, column = 0;
        foreach (var cell in cells.Where(c => c.Row is null || c.Column is null))
        {
            if (cell.Row is { } fixedRow && fixedRow != row)
            {
                (row, column) = (fixedRow, 0);
            }

            if (cell.Column is { } fixedColumn)
            {
                column = fixedColumn;
            }

            var span = Math.Min(cell.ColumnSpan, columns);
            while (column + span > columns || Enumerable.Range(column, span).Any(c => taken.Contains((row, c))))
            {
                column++;
                if (column + span > columns)
                {
                    (row, column) = (row + 1, 0);
                }
            }

            Occupy(cell, row, column, columns, taken);
            column += span;
        }

        return cells.Count == 0 ? 0 : cells.Max(c => c.EndRow) + 1;
    }

    private static void Occupy(TableCell cell, int row, int column, int columns, HashSet<(int Row, int Column)> taken)
    {
        cell.PlacedRow = row;
        cell.PlacedColumn = Math.Min(column, columns - 1);
        cell.ColumnSpan = Math.Min(cell.ColumnSpan, columns - cell.PlacedColumn);
        for (var r = row; r < row + cell.RowSpan; r++)
        {
            for (var c = cell.PlacedColumn; c < cell.PlacedColumn + cell.ColumnSpan; c++)
            {
                taken.Add((r, c));
            }
        }
    }
}
