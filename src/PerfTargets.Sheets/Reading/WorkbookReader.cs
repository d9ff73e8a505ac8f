using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.CustomProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PerfTargets.Sheets.Reading;

/// <summary>
/// Reads an uploaded .xlsx, whoever wrote it (this system, Excel, WPS, LibreOffice): shared strings,
/// inline strings and rich text runs, numbers stored as text or as numbers, date styles, merged
/// ranges, custom properties. A file that is no workbook, is corrupt or unpacks beyond
/// <see cref="WorkbookLimits"/> is refused with <see cref="UnreadableWorkbookException"/> before it is parsed.
/// </summary>
public static class WorkbookReader
{
    public static ReadWorkbook Read(byte[] file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Length > WorkbookLimits.MaxFileBytes)
        {
            throw new UnreadableWorkbookException($"文件有 {file.Length:N0} 字节，超过上限 {WorkbookLimits.FileSizeText}。");
        }

        CheckPackage(file);
        try
        {
            using var stream = new MemoryStream(file, writable: false);
            using var document = SpreadsheetDocument.Open(stream, isEditable: false);
            var workbook = document.WorkbookPart ?? throw new UnreadableWorkbookException("文件已损坏，或不是 Excel 工作簿（.xlsx）：其中没有工作簿。");
            var strings = SharedStrings(workbook);
            var dateStyles = DateStyles(workbook);
            var sheets = new List<ReadSheet>();
            var cellsRead = 0;
            foreach (var sheet in workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
            {
                if (sheet.Id?.Value is { } id && workbook.GetPartById(id) is WorksheetPart part)
                {
                    sheets.Add(ReadSheetPart(sheet.Name?.Value ?? string.Empty, part, strings, dateStyles, ref cellsRead));
                }
            }

            return new ReadWorkbook(sheets, CustomProperties(document));
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or FormatException
            or InvalidOperationException or ArgumentException or KeyNotFoundException or IOException or OverflowException)
        {
            throw new UnreadableWorkbookException("文件已损坏，或不是 Excel 工作簿（.xlsx）：无法读取。请在 Excel、WPS 或 LibreOffice 中另存为 .xlsx 后再上传。", e);
        }
    }

    /// <summary>
    /// Checks the zip before anything parses it: a zip at all, not too many parts, and every part
    /// unpacked (counted, not kept) within the limit, whatever sizes its headers claim.
    /// </summary>
    private static void CheckPackage(byte[] file)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(file, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > WorkbookLimits.MaxParts)
            {
                throw new UnreadableWorkbookException($"文件内含 {zip.Entries.Count:N0} 个部件，超过上限 {WorkbookLimits.MaxParts}：不是可导入的工作簿。");
            }

            if (zip.GetEntry("[Content_Types].xml") is null)
            {
                throw new UnreadableWorkbookException("文件不是 Excel 工作簿（.xlsx）：请上传 .xlsx 文件（旧版 .xls 请先另存为 .xlsx）。");
            }

            var unpacked = 0L;
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                using var part = entry.Open();
                for (int read; (read = part.Read(buffer, 0, buffer.Length)) > 0;)
                {
                    unpacked += read;
                    if (unpacked > WorkbookLimits.MaxUnpackedBytes)
                    {
                        throw new UnreadableWorkbookException($"文件解压后超过 {WorkbookLimits.MaxUnpackedBytes / 1024 / 1024} MB（可能是压缩炸弹），没有读取。");
                    }
                }
            }
        }
        catch (InvalidDataException e)
        {
            throw new UnreadableWorkbookException("文件不是 Excel 工作簿（.xlsx），或已损坏：无法解压。请上传 .xlsx 文件（旧版 .xls 请先另存为 .xlsx）。", e);
        }
    }

    private static List<string> SharedStrings(WorkbookPart workbook)
    {
        var strings = new List<string>();
        if (workbook.SharedStringTablePart is not { } part)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                strings.Add(Text((SharedStringItem)reader.LoadCurrentElement()!));
            }
        }

        return strings;
    }

    /// <summary>The text a person sees: the plain text or every rich-text run's, never the phonetic guide (rPh).</summary>
    private static string Text(OpenXmlElement item) =>
        string.Concat(item.ChildElements.Select(child => child switch
        {
            Text text => text.Text,
            Run run => string.Concat(run.Elements<Text>().Select(t => t.Text)),
            _ => string.Empty,
        }));

    /// <summary>The cell formats whose number format shows a date: the built-in date formats and custom ones with y, m or d outside quotes.</summary>
    private static HashSet<uint> DateStyles(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId is not null && IsDateFormat(f.FormatCode?.Value))
            .Select(f => f.NumberFormatId!.Value).ToHashSet() ?? [];
        var styles = new HashSet<uint>();
        var index = 0u;
        foreach (var format in stylesheet?.CellFormats?.Elements<CellFormat>() ?? [])
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (id is >= 14 and <= 22 or >= 27 and <= 36 or >= 45 and <= 47 or >= 50 and <= 58 || custom.Contains(id))
            {
                styles.Add(index);
            }

            index++;
        }

        return styles;
    }

    private static bool IsDateFormat(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return false;
        }

        var plain = new System.Text.StringBuilder();
        var quoted = false;
        var bracketed = false;
        foreach (var c in code)
        {
            quoted ^= c == '"';
            bracketed = c == '[' || (bracketed && c != ']');
            if (!quoted && !bracketed)
            {
                plain.Append(char.ToLowerInvariant(c));
            }
        }

        var text = plain.ToString();
        return text.IndexOfAny(['y', 'd']) >= 0 || (text.Contains('m') && !text.Contains('0') && !text.Contains('#'));
    }

    private static ReadSheet ReadSheetPart(string name, WorksheetPart part, List<string> strings, HashSet<uint> dateStyles, ref int cellsRead)
    {
        var cells = new Dictionary<CellReference, ReadCell>();
        var merges = new List<(CellReference, CellReference)>();
        var row = 0;
        var column = 0;
        var merged = 0L;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (!reader.IsStartElement)
            {
                continue;
            }

            if (reader.ElementType == typeof(Row))
            {
                var index = reader.Attributes.FirstOrDefault(a => a.LocalName == "r").Value;
                row = int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : row + 1;
                column = 0;
            }
            else if (reader.ElementType == typeof(Cell))
            {
                var cell = (Cell)reader.LoadCurrentElement()!;
                var reference = CellReference.TryParse(cell.CellReference?.Value, out var given) ? given : new CellReference(Math.Max(row, 1), column + 1);
                column = reference.Column;
                if (++cellsRead > WorkbookLimits.MaxCells)
                {
                    throw new UnreadableWorkbookException($"文件的单元格超过 {WorkbookLimits.MaxCells:N0} 个：超出可导入工作簿的大小，没有读取。");
                }

                var read = Value(cell, strings, dateStyles);
                if (!read.IsBlank)
                {
                    cells[reference] = read;
                }
            }
            else if (reader.ElementType == typeof(MergeCell))
            {
                var range = ((MergeCell)reader.LoadCurrentElement()!).Reference?.Value?.Split(':');
                if (range is [var from, var to] && CellReference.TryParse(from, out var first) && CellReference.TryParse(to, out var last)
                    && last.Row >= first.Row && last.Column >= first.Column)
                {
                    merged += (long)(last.Row - first.Row + 1) * (last.Column - first.Column + 1);
                    if (merged > WorkbookLimits.MaxCells)
                    {
                        throw new UnreadableWorkbookException($"工作表“{name}”合并的单元格超过 {WorkbookLimits.MaxCells:N0} 个：超出可导入工作簿的大小，没有读取。");
                    }

                    merges.Add((first, last));
                }
            }
        }

        return new ReadSheet(name, cells, merges);
    }

    private static ReadCell Value(Cell cell, List<string> strings, HashSet<uint> dateStyles)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count ? new ReadCell(strings[i], null, false) : ReadCell.Blank;
        }

        if (type == CellValues.InlineString)
        {
            return new ReadCell(cell.InlineString is { } inline ? Text(inline) : raw ?? string.Empty, null, false);
        }

        if (type == CellValues.String || type == CellValues.Error)
        {
            return new ReadCell(raw ?? string.Empty, null, false);
        }

        if (type == CellValues.Boolean)
        {
            return new ReadCell(raw == "1" ? "TRUE" : "FALSE", null, false);
        }

        // A number: via double, which rounds what a spreadsheet stores (0.15620000000000001) to 15 digits, as it shows it.
        if (double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && Math.Abs(number) < 7.9e27)
        {
            var isDate = cell.StyleIndex?.Value is { } style && dateStyles.Contains(style);
            return new ReadCell(raw!, (decimal)number, isDate);
        }

        return new ReadCell(raw ?? string.Empty, null, false);
    }

    private static Dictionary<string, string> CustomProperties(SpreadsheetDocument document) =>
        document.CustomFilePropertiesPart?.Properties?.Elements<CustomDocumentProperty>()
            .Where(p => p.Name?.Value is not null)
            .GroupBy(p => p.Name!.Value!)
            .ToDictionary(g => g.Key, g => g.First().InnerText) ?? [];
}
