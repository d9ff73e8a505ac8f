using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PerfTargets.Sheets.Writing;

namespace PerfTargets.Sheets.Tests.Writing;

/// <summary>A workbook written into memory and opened again with the SDK, as a test reads it.</summary>
internal sealed class WrittenWorkbook : IDisposable
{
    private readonly MemoryStream stream;

    private WrittenWorkbook(MemoryStream stream)
    {
        this.stream = stream;
        Document = SpreadsheetDocument.Open(stream, isEditable: false);
    }

    public SpreadsheetDocument Document { get; }

    public static WrittenWorkbook Write(WorkbookInfo properties, Action<WorkbookWriter> write)
    {
        var stream = new MemoryStream();
        using (var writer = WorkbookWriter.Create(stream, properties))
        {
            write(writer);
        }

        return Open(stream);
    }

    /// <summary>A workbook some exporter wrote into <paramref name="stream"/>, opened from its start.</summary>
    public static WrittenWorkbook Open(MemoryStream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Position = 0;
        return new WrittenWorkbook(stream);
    }

    public Worksheet Sheet(string name)
    {
        var workbook = Document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
    }

    public Cell Cell(string sheet, string reference) =>
        Sheet(sheet).Descendants<Cell>().Single(c => c.CellReference == reference);

    /// <summary>The text of an inline-string cell.</summary>
    public string Text(string sheet, string reference) => Cell(sheet, reference).InlineString!.InnerText;

    /// <summary>The cell format a cell has, from the stylesheet.</summary>
    public CellFormat Format(string sheet, string reference) =>
        Document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)Cell(sheet, reference).StyleIndex!.Value);

    public string NumberFormatCode(string sheet, string reference)
    {
        var id = Format(sheet, reference).NumberFormatId!.Value;
        return Document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.NumberingFormats!.Elements<NumberingFormat>()
            .Single(f => f.NumberFormatId! == id).FormatCode!;
    }

    public void Dispose()
    {
        Document.Dispose();
        stream.Dispose();
    }
}
