namespace PerfTargets.Sheets.Writing;

/// <summary>
/// A block of a form laid out row by row like a printed table: each cell placed in the next free
/// column of its row, spanning columns and rows, the cells it covers drawn in its style so that the
/// merged box keeps its border. A form is small, so the block is kept until <see cref="WriteTo"/>;
/// long lists write their rows straight to the <see cref="SheetWriter"/> instead.
/// </summary>
public sealed class SheetGrid(int columns)
{
    private readonly List<Slot?[]> rows = [];
    private readonly List<double?> heights = [];
    private readonly List<(int Row, int Column, int RowSpan, int ColumnSpan)> merges = [];
    private int current = -1;
    private int column;

    private sealed record Slot(SheetCell Cell, bool Covered, int ColumnSpan, int RowSpan);

    public int Columns { get; } = columns;

    /// <summary>Starts the next row; a height in points, or one estimated from its text.</summary>
    public SheetGrid Row(double? height = null)
    {
        current++;
        if (current == rows.Count)
        {
            rows.Add(new Slot?[Columns]);
            heights.Add(null);
        }

        heights[current] = height;
        column = 0;
        return this;
    }

    /// <summary>Places a cell in the next free column of the current row, spanning columns and rows.</summary>
    public SheetGrid Cell(SheetCell cell, int columnSpan = 1, int rowSpan = 1)
    {
        if (current < 0)
        {
            throw new InvalidOperationException("Start a row before placing cells.");
        }

        var row = current;
        while (column < Columns && rows[row][column] is not null)
        {
            column++;
        }

        if (column + columnSpan > Columns)
        {
            throw new InvalidOperationException($"Row {row + 1} has no room for a cell {columnSpan} columns wide at column {column + 1}.");
        }

        for (var r = row; r < row + rowSpan; r++)
        {
            while (rows.Count <= r)
            {
                rows.Add(new Slot?[Columns]);
                heights.Add(null);
            }

            for (var c = column; c < column + columnSpan; c++)
            {
                rows[r][c] = r == row && c == column
                    ? new Slot(cell, false, columnSpan, rowSpan)
                    : new Slot(SheetCell.Empty(cell.Style), true, 1, 1);
            }
        }

        if (columnSpan > 1 || rowSpan > 1)
        {
            merges.Add((row, column, rowSpan, columnSpan));
        }

        column += columnSpan;
        return this;
    }

    /// <summary>A text cell; see <see cref="Cell(SheetCell, int, int)"/>.</summary>
    public SheetGrid Text(string? text, CellStyle style, int columnSpan = 1, int rowSpan = 1) => Cell(SheetCell.Of(text, style), columnSpan, rowSpan);

    /// <summary>
    /// Writes the block at the sheet's next row, with its merges; rows without a set height are as tall as their
    /// longest wrapped text needs in <paramref name="columnWidths"/> (spreadsheets do not grow merged cells).
    /// </summary>
    public void WriteTo(SheetWriter sheet, IReadOnlyList<double> columnWidths)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(columnWidths);
        var first = sheet.NextRow;
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r].Select(slot => slot?.Cell ?? SheetCell.Empty()).ToArray();
            sheet.WriteRow(cells, heights[r] ?? Height(rows[r], columnWidths));
        }

        foreach (var (row, col, rowSpan, columnSpan) in merges)
        {
            sheet.Merge(new CellReference(first + row, col + 1), new CellReference(first + row + rowSpan - 1, col + columnSpan));
        }
    }

    /// <summary>The row's height: enough lines for the longest text of a cell spanning this row alone.</summary>
    private static double? Height(Slot?[] row, IReadOnlyList<double> widths)
    {
        var lines = 1;
        for (var c = 0; c < row.Length; c++)
        {
            if (row[c] is { Covered: false, RowSpan: 1, Cell: { Kind: SheetCellKind.Text, Text: { } text } } slot)
            {
                var width = Enumerable.Range(c, slot.ColumnSpan).Sum(i => i < widths.Count ? widths[i] : 9) - 1;
                lines = Math.Max(lines, TextFit.Lines(text, width));
            }
        }

        return TextFit.Height(lines);
    }
}
