using PerfTargets.Pdf.Composition.Elements;


namespace PerfTargets.Pdf.Composition.Tables;

/// <summary>A cell of a <see cref="Table"/>: where it stands (0-based row and column) and how many rows and columns it spans.</summary>
internal sealed class TableCell : Container, ITableCellContainer
{
    public int? Row { get; set; }

    public int? Column { get; set; }

    public int RowSpan { get; set; } = 1;

    public int ColumnSpan { get; set; } = 1;

    public int PlacedRow { get; set; }

    public int PlacedColumn { get; set; }

    public int EndRow => PlacedRow + RowSpan - 1;

    ITableCellContainer ITableCellContainer.Row(int row) => Set(() => Row = row - 1, row);

    ITableCellContainer ITableCellContainer.Column(int column) => Set(() => Column = column - 1, column);

    ITableCellContainer ITableCellContainer.RowSpan(int rows) => Set(() => RowSpan = rows, rows);

    ITableCellContainer ITableCellContainer.ColumnSpan(int columns) => Set(() => ColumnSpan = columns, columns);

    private TableCell Set(Action set, int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        set();
        return this;
    }
}
