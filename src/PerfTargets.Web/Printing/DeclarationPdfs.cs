using PerfTargets.Core.Printing;
using PerfTargets.Pdf.Composition;
using PerfTargets.Pdf.Fonts;
using PerfTargets.Pdf.Layouts;

namespace PerfTargets.Web.Printing;

/// <summary>
/// 申报表 PDF: a declaration's print rendered in a layout. A frozen version's is rendered once and kept
/// in the <see cref="FrozenPdfCache"/> under its <see cref="PrintKey"/>; a draft's is rendered on every
/// request, since every save changes it. Callers check that the user may see the declaration first.
/// </summary>
public sealed class DeclarationPdfs(PdfRenderer renderer, FontLibrary fonts, FrozenPdfCache cache)
{
    public byte[] Render(LayoutInfo layout, DeclarationPrint print)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return PrintKey.Of(layout, print, fonts.Identity) is { } key
            ? cache.GetOrRender(key, () => RenderNow(layout, print))
            : RenderNow(layout, print);
    }

    private byte[] RenderNow(LayoutInfo layout, DeclarationPrint print)
    {
        using var buffer = new MemoryStream();
        renderer.Render(layout.Create(print), buffer);
        return buffer.ToArray();
    }
}
