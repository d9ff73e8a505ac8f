using PerfTargets.Pdf.Composition.Elements;
using SkiaSharp;

namespace PerfTargets.Pdf.Composition.Fluent;

/// <summary>
/// The fluent API over the elements: each call fills a container and, for wrappers, returns the
/// container inside, so that form code reads like the form: <c>cell.Border(0.5f).Padding(3).AlignMiddle().Text("项目名称")</c>.
/// </summary>
public static class ContainerExtensions
{
    internal static TElement Fill<TElement>(this IContainer container, TElement element)
        where TElement : Element
    {
        ArgumentNullException.ThrowIfNull(container);
        var slot = (Container)container;
        if (slot.Child is not Empty)
        {
            throw new InvalidOperationException("This place in the document already holds an element.");
        }

        slot.Child = element;
        return element;
    }

    /// <summary>Hands the place to a method that fills it, so that a form's parts are methods of their own.</summary>
    public static void Element(this IContainer container, Action<IContainer> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        compose(container);
    }

    /// <summary>
    /// A stamp: the image drawn <paramref name="diameter"/> points wide, centred on the place's
    /// middle (or at <paramref name="across"/> of its width), over whatever is there and beyond its
    /// edges, as ink pressed on paper is; it takes no space.
    /// </summary>
    public static void Stamp(this IContainer container, SKImage image, float diameter, float across = 0.5f, float opacity = 0.85f) =>
        container.Fill(new StampElement(image, diameter, across, opacity));

    public static IContainer Padding(this IContainer container, float all) => container.Padding(all, all);

    public static IContainer Padding(this IContainer container, float horizontal, float vertical) =>
        container.Fill(new Padding { Left = horizontal, Right = horizontal, Top = vertical, Bottom = vertical });

    public static IContainer Padding(this IContainer container, float left, float top, float right, float bottom) =>
        container.Fill(new Padding { Left = left, Top = top, Right = right, Bottom = bottom });

    public static IContainer PaddingTop(this IContainer container, float top) => container.Padding(0, top, 0, 0);

    public static IContainer PaddingLeft(this IContainer container, float left) => container.Padding(left, 0, 0, 0);

    public static IContainer PaddingBottom(this IContainer container, float bottom) => container.Padding(0, 0, 0, bottom);

    public static IContainer Border(this IContainer container, float width = 0.5f, SKColor? color = null) =>
        container.Border(width, width, width, width, color);

    public static IContainer Border(this IContainer container, float left, float top, float right, float bottom, SKColor? color = null) =>
        container.Fill(new Border { Left = left, Top = top, Right = right, Bottom = bottom, Color = color ?? SKColors.Black });

    public static IContainer Background(this IContainer container, SKColor color) => container.Fill(new Background { Color = color });

    public static IContainer AlignLeft(this IContainer container) => container.Align(h: 0f);

    public static IContainer AlignCenter(this IContainer container) => container.Align(h: 0.5f);

    public static IContainer AlignRight(this IContainer container) => container.Align(h: 1f);

    public static IContainer AlignTop(this IContainer container) => container.Align(v: 0f);

    public static IContainer AlignMiddle(this IContainer container) => container.Align(v: 0.5f);

    public static IContainer AlignBottom(this IContainer container) => container.Align(v: 1f);

    /// <summary>Both directions on one element, so that <c>AlignCenter().AlignMiddle()</c> centres in the whole space.</summary>
    private static Alignment Align(this IContainer container, float? h = null, float? v = null)
    {
        var alignment = container is Alignment { Child: Empty } existing ? existing : container.Fill(new Alignment());
        alignment.Horizontal = h ?? alignment.Horizontal;
        alignment.Vertical = v ?? alignment.Vertical;
        return alignment;
    }

    public static IContainer Width(this IContainer container, float width) => container.Fill(new Constrained { Width = width });

    public static IContainer Height(this IContainer container, float height) => container.Fill(new Constrained { MinHeight = height, MaxHeight = height });

    public static IContainer MinHeight(this IContainer container, float height) => container.Fill(new Constrained { MinHeight = height });

    public static IContainer Size(this IContainer container, float width, float height) =>
        container.Fill(new Constrained { Width = width, MinHeight = height, MaxHeight = height });

    public static IContainer Rotate(this IContainer container, float degrees) => container.Fill(new Rotation { Degrees = degrees });

    public static void Column(this IContainer container, Action<ColumnDescriptor> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        compose(new ColumnDescriptor(container.Fill(new Column())));
    }

    public static void Row(this IContainer container, Action<RowDescriptor> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        compose(new RowDescriptor(container.Fill(new Row())));
    }

    public static void Layers(this IContainer container, Action<LayersDescriptor> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        compose(new LayersDescriptor(container.Fill(new Layers())));
    }

    public static void Table(this IContainer container, Action<TableDescriptor> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        compose(new TableDescriptor(container.Fill(new Tables.Table())));
    }

    public static void Text(this IContainer container, string? text, TextStyle? style = null, TextAlignment alignment = TextAlignment.Left) =>
        container.Text(t =>
        {
            t.Align(alignment);
            t.Span(text, style);
        });

    public static void Text(this IContainer container, Action<TextDescriptor> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        compose(new TextDescriptor(container.Fill(new TextElement())));
    }

    /// <param name="opacity">Below 1 for a stamp, so that the text under it stays readable.</param>
    public static void Image(this IContainer container, SKImage image, float opacity = 1) =>
        container.Fill(new ImageElement(image) { Opacity = opacity });

    public static void Canvas(this IContainer container, float width, float height, Action<SKCanvas, Size> paint) =>
        container.Fill(new CanvasElement(width, height, paint));

    public static void PageBreak(this IContainer container) => container.Fill(new PageBreak());

    /// <summary>Marks where a named part starts, so that a contents page can give its page (<see cref="TextDescriptor.SectionPage"/>).</summary>
    public static void Section(this IContainer container, string name) => container.Fill(new SectionMark(name));
}
