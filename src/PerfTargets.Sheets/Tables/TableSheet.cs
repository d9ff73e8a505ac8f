using PerfTargets.Sheets.Writing;

namespace PerfTargets.Sheets.Tables;

/// <summary>
/// A sheet of one row per item, for people who filter and sort: an optional title and scope line,
/// a header row frozen on screen and repeated on every printed page, the rows as they come (so that
/// a caller reading from the database in batches never holds them all), an autofilter over the rows
/// and a bold 合计 row under them, outside the filter so that sorting leaves it at the bottom.
/// A numbered table starts with 序号, counting the rows as they are written.
/// </summary>
public sealed class TableSheet<T>
{
    public const string NumberHeading = "序号";

    private readonly SheetWriter sheet;
    private readonly IReadOnlyList<TableColumn<T>> columns;
    private readonly int headerRow;
    private readonly double[] widths;

    /// <summary>Starts the sheet <paramref name="name"/> in <paramref name="workbook"/> and writes its head and header row.</summary>
    public TableSheet(WorkbookWriter workbook, string name, IReadOnlyList<TableColumn<T>> columns, TableHead head,
        HeaderFooterText footer, bool numbered = true, PageOrientation orientation = PageOrientation.Landscape)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(head);
        if (columns.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        }

        this.columns = numbered ? [new TableColumn<T>(NumberHeading, 5, _ => SheetCell.Of(Count + 1, CellStyle.WholeNumber)), .. columns] : columns;
        widths = [.. this.columns.Select(c => c.Width)];
        headerRow = head.Rows + 1;
        sheet = workbook.AddSheet(name, new SheetSetup
        {
            ColumnWidths = widths,
            Orientation = orientation,
            RepeatedRows = (headerRow, headerRow),
            FrozenRows = headerRow,
            Footer = footer,
        });
        WriteHead(sheet, head, this.columns.Count);
        sheet.WriteRow([.. this.columns.Select(c => SheetCell.Of(c.Heading, CellStyle.TableHeader))], 30);
    }

    /// <summary>How many rows have been written under the header.</summary>
    public int Count { get; private set; }

    /// <summary>The next row, as tall as its longest wrapped text.</summary>
    public void Write(T item)
    {
        SheetCell[] cells = [.. columns.Select(c => c.Cell(item))];
        sheet.WriteRow(cells, TextFit.RowHeight(cells, widths));
        Count++;
    }

    /// <summary>
    /// Ends the rows: the autofilter over them, then, when <paramref name="totalLabel"/> is given, the
    /// 合计 row with each column's <see cref="TableColumn{T}.Total"/> and the label across the columns
    /// before the first total. Nothing may be written after.
    /// </summary>
    public void Finish(string? totalLabel = null)
    {
        sheet.SetAutoFilter(new CellReference(headerRow, 1), new CellReference(headerRow + Math.Max(1, Count), columns.Count));
        if (totalLabel is null)
        {
            return;
        }

        var cells = columns.Select(c => c.Total ?? SheetCell.Empty(CellStyle.TotalText)).ToArray();
        cells[0] = SheetCell.Of(totalLabel, CellStyle.TotalText);
        sheet.WriteRow(cells);
        var firstTotal = columns.ToList().FindIndex(c => c.Total is not null);
        var labelEnd = firstTotal > 0 ? firstTotal : columns.Count;
        sheet.Merge(new CellReference(sheet.NextRow - 1, 1), new CellReference(sheet.NextRow - 1, labelEnd));
    }

    private static void WriteHead(SheetWriter sheet, TableHead head, int width)
    {
        var last = Math.Max(1, width);
        if (head.Title is { } title)
        {
            sheet.WriteRow([SheetCell.Of(title, CellStyle.Title)], 28);
            sheet.Merge(new CellReference(sheet.NextRow - 1, 1), new CellReference(sheet.NextRow - 1, last));
        }

        if (head.Scope is null && head.Unit is null)
        {
            return;
        }

        // The scope spans all but the last two columns; the unit stands right-aligned over those two.
        var unitFrom = Math.Max(1, last - 1);
        var cells = Enumerable.Range(1, last).Select(_ => SheetCell.Empty()).ToArray();
        cells[0] = SheetCell.Of(head.Scope, CellStyle.Text);
        if (head.Unit is { } unit)
        {
            cells[unitFrom - 1] = SheetCell.Of(unit, CellStyle.TextRight);
        }

        sheet.WriteRow(cells);
        var row = sheet.NextRow - 1;
        if (unitFrom > 1)
        {
            sheet.Merge(new CellReference(row, 1), new CellReference(row, unitFrom - 1));
        }

        sheet.Merge(new CellReference(row, unitFrom), new CellReference(row, last));
    }
}
