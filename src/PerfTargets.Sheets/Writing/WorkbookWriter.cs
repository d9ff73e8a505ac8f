using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.CustomProperties;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.VariantTypes;

namespace PerfTargets.Sheets.Writing;

/// <summary>
/// Writes an .xlsx workbook into a stream, sheet after sheet, each sheet's rows as they come
/// (<see cref="SheetWriter"/>, SAX): memory stays flat however many rows a sheet has. The package
/// is written in the zip's streaming mode, each part once; dispose the writer to finish the file.
/// </summary>
public sealed class WorkbookWriter : IDisposable
{
    /// <summary>The characters a sheet name may not hold, and its longest length, as Excel has them.</summary>
    private static readonly System.Buffers.SearchValues<char> ForbiddenInSheetNames = System.Buffers.SearchValues.Create("[]:*?/\\");
    private const int MaxSheetNameLength = 31;

    private readonly WorkbookPackage package;
    private readonly List<(string Name, SheetWriter Writer)> sheets = [];
    private bool finished;
    private bool hasCustomProperties;

    private WorkbookWriter(Stream stream, WorkbookInfo properties)
    {
        package = new WorkbookPackage(stream);
        WriteProperties(properties);
        package.ElementPart("/xl/styles.xml", WorkbookPackage.StylesType, SheetStyles.Create());
    }

    /// <summary>A workbook over <paramref name="stream"/> (left open), with these document properties.</summary>
    public static WorkbookWriter Create(Stream stream, WorkbookInfo properties)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(properties);
        return new WorkbookWriter(stream, properties);
    }

    /// <summary>
    /// Starts the next sheet, ending the one before: its rows must all be written first. The name
    /// is shown on the sheet's tab and names its cells in messages ("绩效指标!D14").
    /// </summary>
    public SheetWriter AddSheet(string name, SheetSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ObjectDisposedException.ThrowIf(finished, this);
        CheckSheetName(name);
        if (sheets.Exists(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"The workbook already has a sheet named “{name}”.", nameof(name));
        }

        if (sheets.Count > 0)
        {
            sheets[^1].Writer.Finish();
        }

        var writer = new SheetWriter(package.Part(SheetPartName(sheets.Count), WorkbookPackage.WorksheetType), setup, sheets.Count == 0);
        sheets.Add((name, writer));
        return writer;
    }

    /// <summary>Ends the last sheet and writes the workbook's index of sheets, its print titles and filters.</summary>
    public void Dispose()
    {
        if (finished)
        {
            return;
        }

        finished = true;
        foreach (var sheet in sheets)
        {
            sheet.Writer.Finish();
        }

        package.ElementPart("/xl/workbook.xml", WorkbookPackage.WorkbookType, Workbook());
        package.Relationships("/xl/_rels/workbook.xml.rels", sheets
            .Select((_, i) => (SheetRelationship(i), "worksheet", SheetPartName(i)[4..]))
            .Append(("rIdStyles", "styles", "styles.xml")));
        package.Relationships("/_rels/.rels", new[]
        {
            ("rIdWorkbook", "officeDocument", "xl/workbook.xml"),
            ("rIdCore", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
        }.Concat(hasCustomProperties ? [("rIdCustom", "custom-properties", "docProps/custom.xml")] : []));
        package.Dispose();
    }

    private static string SheetPartName(int index) => $"/xl/worksheets/sheet{index + 1}.xml";

    private static string SheetRelationship(int index) => $"rIdSheet{index + 1}";

    private Workbook Workbook()
    {
        var workbook = new Workbook(
            new BookViews(new WorkbookView { ActiveTab = 0 }),
            new DocumentFormat.OpenXml.Spreadsheet.Sheets(sheets.Select((s, i) => new Sheet { Name = s.Name, SheetId = (uint)(i + 1), Id = SheetRelationship(i) })));
        var names = DefinedNames();
        if (names.HasChildren)
        {
            workbook.Append(names);
        }

        return workbook;
    }

    /// <summary>_xlnm.Print_Titles for the rows repeated on every page, _xlnm._FilterDatabase for a filtered range.</summary>
    private DefinedNames DefinedNames()
    {
        var names = new DefinedNames();
        for (var i = 0; i < sheets.Count; i++)
        {
            var (name, writer) = sheets[i];
            var quoted = "'" + name.Replace("'", "''", StringComparison.Ordinal) + "'";
            if (writer.FilterRange is { } filter)
            {
                names.Append(new DefinedName($"{quoted}!{Absolute(filter.First)}:{Absolute(filter.Last)}")
                    { Name = "_xlnm._FilterDatabase", LocalSheetId = (uint)i, Hidden = true });
            }

            if (writer.Setup.RepeatedRows is { } rows)
            {
                names.Append(new DefinedName($"{quoted}!${rows.First}:${rows.Last}") { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)i });
            }
        }

        return names;
    }

    private static string Absolute(CellReference cell) => $"${CellReference.ColumnLetters(cell.Column)}${cell.Row}";

    /// <summary>docProps/core.xml (title, creator, subject, keywords, description, created) and, when given, docProps/custom.xml.</summary>
    private void WriteProperties(WorkbookInfo properties)
    {
        const string cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string dc = "http://purl.org/dc/elements/1.1/";
        const string dcterms = "http://purl.org/dc/terms/";
        const string xsi = "http://www.w3.org/2001/XMLSchema-instance";
        package.XmlPart("/docProps/core.xml", WorkbookPackage.CorePropertiesType, xml =>
        {
            xml.WriteStartElement("cp", "coreProperties", cp);
            xml.WriteAttributeString("xmlns", "dc", null, dc);
            xml.WriteAttributeString("xmlns", "dcterms", null, dcterms);
            xml.WriteAttributeString("xmlns", "xsi", null, xsi);
            Element(xml, "dc", "title", dc, properties.Title);
            Element(xml, "dc", "subject", dc, properties.Subject);
            Element(xml, "dc", "creator", dc, properties.Creator);
            Element(xml, "cp", "keywords", cp, properties.Keywords);
            Element(xml, "dc", "description", dc, properties.Description);
            xml.WriteStartElement("dcterms", "created", dcterms);
            xml.WriteAttributeString("xsi", "type", xsi, "dcterms:W3CDTF");
            xml.WriteString(DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteEndElement();
            xml.WriteEndElement();
        });
        if (properties.Custom.Count == 0)
        {
            return;
        }

        hasCustomProperties = true;
        // Property ids start at 2 under the standard format id of user-defined properties.
        var custom = new Properties(properties.Custom.Select((p, i) => new CustomDocumentProperty(new VTLPWSTR(XmlText.Clean(p.Value)))
        {
            FormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}",
            PropertyId = i + 2,
            Name = p.Key,
        }));
        package.ElementPart("/docProps/custom.xml", WorkbookPackage.CustomPropertiesType, custom);
    }

    private static void Element(System.Xml.XmlWriter xml, string prefix, string name, string ns, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            xml.WriteElementString(prefix, name, ns, XmlText.Clean(value));
        }
    }

    private static void CheckSheetName(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxSheetNameLength || name.AsSpan().ContainsAny(ForbiddenInSheetNames)
            || name.StartsWith('\'') || name.EndsWith('\''))
        {
            throw new ArgumentException($"“{name}” cannot name a sheet: 1 to {MaxSheetNameLength} characters, none of [ ] : * ? / \\, not quoted.", nameof(name));
        }
    }
}
