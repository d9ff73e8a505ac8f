using PerfTargets.Pdf.Composition.Elements;

namespace PerfTargets.Pdf.Composition.Fluent;

/// <summary>One run of pages of the same size and margins, with what each page repeats (header, footer, watermark) and the content flowing through them.</summary>
public sealed class PageDescriptor
{
    internal Size PageSize { get; private set; } = PageSizes.A4;

    internal float MarginLeft { get; private set; } = 56;

    internal float MarginTop { get; private set; } = 56;

    internal float MarginRight { get; private set; } = 56;

    internal float MarginBottom { get; private set; } = 56;

    internal Container HeaderSlot { get; } = new();

    internal Container ContentSlot { get; } = new();

    internal Container FooterSlot { get; } = new();

    internal Container ForegroundSlot { get; } = new();

    internal IEnumerable<Element> Parts => [HeaderSlot, ContentSlot, FooterSlot, ForegroundSlot];

    public void Size(Size size) => PageSize = size;

    public void Margin(float all) => Margin(all, all, all, all);

    public void Margin(float left, float top, float right, float bottom) => (MarginLeft, MarginTop, MarginRight, MarginBottom) = (left, top, right, bottom);

    public IContainer Header() => HeaderSlot;

    public IContainer Content() => ContentSlot;

    public IContainer Footer() => FooterSlot;

    /// <summary>Drawn over the whole page, above the content (a 草稿 watermark).</summary>
    public IContainer Foreground() => ForegroundSlot;
}

/// <summary>Paper sizes in points.</summary>
public static class PageSizes
{
    public static Size A4 { get; } = new(595.28f, 841.89f);

    public static Size A4Landscape { get; } = new(841.89f, 595.28f);
}
