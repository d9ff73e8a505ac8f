using System.IO.Compression;
using System.Xml;

namespace PerfTargets.Sheets.Writing;

/// <summary>
/// The zip an .xlsx is, written in the zip's streaming mode, one part after another: the parts the
/// SDK's elements are written into, and the package's own small parts (content types, relationships,
/// document properties), which are written here because the SDK's package cannot be written forward only.
/// </summary>
internal sealed class WorkbookPackage(Stream stream) : IDisposable
{
    public const string WorksheetType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    public const string WorkbookType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    public const string StylesType = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
    public const string CorePropertiesType = "application/vnd.openxmlformats-package.core-properties+xml";
    public const string CustomPropertiesType = "application/vnd.openxmlformats-officedocument.custom-properties+xml";

    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private readonly ZipArchive zip = new(stream, ZipArchiveMode.Create, leaveOpen: true);
    private readonly List<(string Name, string ContentType)> parts = [];

    /// <summary>A new part to write into, its content type recorded for [Content_Types].xml; dispose it before the next.</summary>
    public Stream Part(string name, string contentType)
    {
        parts.Add((name, contentType));
        return zip.CreateEntry(name.TrimStart('/'), CompressionLevel.Fastest).Open();
    }

    /// <summary>A part holding one of the SDK's elements, written whole (the small parts: styles, workbook, properties).</summary>
    public void ElementPart(string name, string contentType, DocumentFormat.OpenXml.OpenXmlElement element)
    {
        using var part = Part(name, contentType);
        using var writer = DocumentFormat.OpenXml.OpenXmlWriter.Create(part);
        writer.WriteElement(element);
    }

    /// <summary>A part written with an XML writer.</summary>
    public void XmlPart(string name, string contentType, Action<XmlWriter> write)
    {
        using var part = Part(name, contentType);
        using var xml = XmlWriter.Create(part, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        write(xml);
    }

    /// <summary>A relationships part: (id, type, target) each; a type without a scheme is one of Office's.</summary>
    public void Relationships(string name, IEnumerable<(string Id, string Type, string Target)> relationships) =>
        XmlPart(name, "application/vnd.openxmlformats-package.relationships+xml", xml =>
        {
            xml.WriteStartElement("Relationships", RelationshipsNamespace);
            foreach (var (id, type, target) in relationships)
            {
                xml.WriteStartElement("Relationship", RelationshipsNamespace);
                xml.WriteAttributeString("Id", id);
                xml.WriteAttributeString("Type", type.Contains("://", StringComparison.Ordinal) ? type : OfficeRelationships + type);
                xml.WriteAttributeString("Target", target);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        });

    /// <summary>Writes [Content_Types].xml, naming every part written, and closes the zip.</summary>
    public void Dispose()
    {
        const string types = "http://schemas.openxmlformats.org/package/2006/content-types";
        using (var part = zip.CreateEntry("[Content_Types].xml", CompressionLevel.Fastest).Open())
        using (var xml = XmlWriter.Create(part, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) }))
        {
            xml.WriteStartElement("Types", types);
            WriteDefault(xml, types, "rels", "application/vnd.openxmlformats-package.relationships+xml");
            WriteDefault(xml, types, "xml", "application/xml");
            foreach (var (name, contentType) in parts.Where(p => !p.Name.EndsWith(".rels", StringComparison.Ordinal)))
            {
                xml.WriteStartElement("Override", types);
                xml.WriteAttributeString("PartName", name);
                xml.WriteAttributeString("ContentType", contentType);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        zip.Dispose();
    }

    private static void WriteDefault(XmlWriter xml, string types, string extension, string contentType)
    {
        xml.WriteStartElement("Default", types);
        xml.WriteAttributeString("Extension", extension);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }
}
