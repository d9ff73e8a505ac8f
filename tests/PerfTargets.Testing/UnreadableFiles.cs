using System.IO.Compression;
using System.Text;

namespace PerfTargets.Testing;

/// <summary>Uploads that are no workbook, which a person sends by mistake or an attacker on purpose: the reader and the import page refuse each.</summary>
public static class UnreadableFiles
{
    public static byte[] Pdf { get; } = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << >> endobj\n%%EOF");

    /// <summary>A zip with an .xlsx's parts whose worksheet is not XML.</summary>
    public static byte[] Corrupt { get; } = Zip(("[Content_Types].xml", Encoding.UTF8.GetBytes("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>")),
        ("xl/workbook.xml", Encoding.UTF8.GetBytes("<workbook><sheets><sheet")));

    /// <summary>A few hundred kilobytes that unpack to 200 MB of zeros.</summary>
    public static byte[] ZipBomb { get; } = Zip(("[Content_Types].xml", new byte[16]), ("xl/worksheets/sheet1.xml", new byte[200 * 1024 * 1024]));

    /// <summary>Six megabytes: over the file limit.</summary>
    public static byte[] Huge { get; } = new byte[6 * 1024 * 1024];

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                entry.Write(content);
            }
        }

        return stream.ToArray();
    }
}
