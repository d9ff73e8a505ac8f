using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PerfTargets.Sheets.Writing;

/// <summary>
/// Writes one sheet's rows in order, each as it comes, straight into the package (SAX): nothing of
/// the sheet is kept but its merged ranges and filter. Its setup (columns, frozen rows) is written
/// first, its print setup, merges and filter when the sheet ends.
/// </summary>
public sealed class SheetWriter
{
    private const double InchesPerCentimetre = 1 / 2.54;
    private readonly Stream part;
    private readonly OpenXmlWriter writer;
    private readonly List<string> merges = [];
    private bool finished;

    internal SheetWriter(Stream part, SheetSetup setup, bool selected)
    {
        Setup = setup;
        this.part = part;
        writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        if (setup.FitToWidth)
        {
            writer.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        }

        writer.WriteElement(new SheetViews(View(setup, selected)));
        writer.WriteElement(new SheetFormatProperties { DefaultRowHeight = 15 });
        if (setup.ColumnWidths.Count > 0)
        {
            writer.WriteElement(new Columns(setup.ColumnWidths.Select((width, i) =>
                new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = width, CustomWidth = true })));
        }

        writer.WriteStartElement(new SheetData());
    }

    internal SheetSetup Setup { get; }

    /// <summary>The range given an autofilter, when one is.</summary>
    internal (CellReference First, CellReference Last)? FilterRange { get; private set; }

    /// <summary>The row the next <see cref="WriteRow"/> writes, from 1.</summary>
    public int NextRow { get; private set; } = 1;

    /// <summary>
    /// Writes the next row, its cells from column A; <paramref name="height"/> in points, or the
    /// default height. An empty cell in a bordered style still draws its border.
    /// </summary>
    public void WriteRow(IReadOnlyList<SheetCell> cells, double? height = null)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ObjectDisposedException.ThrowIf(finished, this);
        var row = NextRow++;
        var attributes = new List<OpenXmlAttribute>(3) { new("r", string.Empty, row.ToString(CultureInfo.InvariantCulture)) };
        if (height is { } points)
        {
            attributes.Add(new("ht", string.Empty, points.ToString("0.##", CultureInfo.InvariantCulture)));
            attributes.Add(new("customHeight", string.Empty, "1"));
        }

        writer.WriteStartElement(new Row(), attributes);
        for (var i = 0; i < cells.Count; i++)
        {
            WriteCell(new CellReference(row, i + 1), cells[i]);
        }

        writer.WriteEndElement();
    }

    /// <summary>Leaves a row empty.</summary>
    public void SkipRow() => NextRow++;

    /// <summary>Merges a range (its value is the top-left cell's); give the covered cells the same bordered style to frame it.</summary>
    public void Merge(CellReference first, CellReference last)
    {
        ObjectDisposedException.ThrowIf(finished, this);
        if (last.Row < first.Row || last.Column < first.Column)
        {
            throw new ArgumentException($"{first.To(last)} is not a range from its top-left cell.", nameof(last));
        }

        if (first != last)
        {
            merges.Add(first.To(last));
        }
    }

    /// <summary>Gives the range (its header row first) an autofilter, for the people who filter.</summary>
    public void SetAutoFilter(CellReference first, CellReference last)
    {
        ObjectDisposedException.ThrowIf(finished, this);
        FilterRange = (first, last);
    }

    /// <summary>Closes the sheet data and writes what follows it; called by the workbook.</summary>
    internal void Finish()
    {
        if (finished)
        {
            return;
        }

        finished = true;
        writer.WriteEndElement();
        if (FilterRange is { } filter)
        {
            writer.WriteElement(new AutoFilter { Reference = filter.First.To(filter.Last) });
        }

        if (merges.Count > 0)
        {
            writer.WriteElement(new MergeCells(merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)merges.Count });
        }

        writer.WriteElement(new PrintOptions { HorizontalCentered = true });
        var margins = Setup.Margins;
        writer.WriteElement(new PageMargins
        {
            Left = Inches(margins.Left),
            Right = Inches(margins.Right),
            Top = Inches(margins.Top),
            Bottom = Inches(margins.Bottom),
            Header = Inches(margins.Header),
            Footer = Inches(margins.Footer),
        });
        writer.WriteElement(new PageSetup
        {
            PaperSize = 9, // A4
            Orientation = Setup.Orientation == PageOrientation.Landscape ? OrientationValues.Landscape : OrientationValues.Portrait,
            FitToWidth = Setup.FitToWidth ? 1u : null,
            FitToHeight = Setup.FitToWidth ? 0u : null,
        });
        if (Setup.Header is not null || Setup.Footer is not null)
        {
            var headerFooter = new HeaderFooter();
            if (Setup.Header is { } header)
            {
                headerFooter.Append(new OddHeader(XmlText.Clean(header.ToCodes())));
            }

            if (Setup.Footer is { } footer)
            {
                headerFooter.Append(new OddFooter(XmlText.Clean(footer.ToCodes())));
            }

            writer.WriteElement(headerFooter);
        }

        writer.WriteEndElement();
        writer.Dispose();
        part.Dispose();
    }

    private void WriteCell(CellReference reference, SheetCell cell)
    {
        var style = SheetStyles.IndexOf(cell.Style);
        switch (cell.Kind)
        {
            case SheetCellKind.Text:
                writer.WriteElement(new Cell(new InlineString(new Text(XmlText.Clean(cell.Text!)) { Space = SpaceProcessingModeValues.Preserve }))
                {
                    CellReference = reference.ToString(),
                    StyleIndex = style,
                    DataType = CellValues.InlineString,
                });
                break;
            case SheetCellKind.Number:
                writer.WriteElement(new Cell(new CellValue(cell.Number)) { CellReference = reference.ToString(), StyleIndex = style });
                break;
            case SheetCellKind.Date:
                var serial = cell.Date.ToDateTime(TimeOnly.MinValue).ToOADate();
                writer.WriteElement(new Cell(new CellValue(serial)) { CellReference = reference.ToString(), StyleIndex = style });
                break;
            default:
                if (cell.Style != CellStyle.Default)
                {
                    writer.WriteElement(new Cell { CellReference = reference.ToString(), StyleIndex = style });
                }

                break;
        }
    }

    private static SheetView View(SheetSetup setup, bool selected)
    {
        var view = new SheetView { WorkbookViewId = 0, TabSelected = selected, ShowGridLines = setup.ShowGridLines };
        if (setup.FrozenRows > 0)
        {
            var topLeft = new CellReference(setup.FrozenRows + 1, 1).ToString();
            view.Append(new Pane { VerticalSplit = setup.FrozenRows, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
            view.Append(new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue>([new StringValue(topLeft)]) });
        }

        return view;
    }

    private static double Inches(double centimetres) => Math.Round(centimetres * InchesPerCentimetre, 3);
}
