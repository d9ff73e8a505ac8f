using PerfTargets.Pdf.Composition;
using PerfTargets.Pdf.Fonts;

namespace PerfTargets.Pdf.Tests;

/// <summary>One font library for all tests, as the application holds one.</summary>
internal static class SharedFonts
{
    private static readonly Lazy<FontLibrary> Library = new(() => new FontLibrary(new FontOptions()));

    public static FontLibrary Fonts => Library.Value;

    public static byte[] Render(IDocument document)
    {
        using var output = new MemoryStream();
        new PdfRenderer(Fonts).Render(document, output);
        return output.ToArray();
    }
}
