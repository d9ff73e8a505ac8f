using PerfTargets.Pdf.Composition.Elements;
using PerfTargets.Pdf.Composition.Tables;

namespace PerfTargets.Pdf.Composition.Fluent;

/// <summary>Items of a column, one below the other.</summary>
public sealed class ColumnDescriptor
{
    private readonly Column column;

    internal ColumnDescriptor(Column column) => this.column = column;

    public void Spacing(float spacing) => column.Spacing = spacing;

    public IContainer Item()
    {
        var item = new Container();
        column.Items.Add(item);
        return item;
    }
}

/// <summary>Items of a row, side by side.</summary>
public sealed class RowDescriptor
{
    private readonly Row row;

    internal RowDescriptor(Row row) => this.row = row;

    public void Spacing(float spacing) => row.Spacing = spacing;

    public IContainer ConstantItem(float width) => Add(new RowItem { ConstantWidth = width });

    public IContainer RelativeItem(float weight = 1) => Add(new RowItem { RelativeWidth = weight });

    private RowItem Add(RowItem item)
    {
        row.Items.Add(item);
        return item;
    }
}

/// <summary>The primary layer and those drawn over it.</summary>
public sealed class LayersDescriptor
{
    private readonly Layers layers;

    internal LayersDescriptor(Layers layers) => this.layers = layers;

    public IContainer PrimaryLayer() => layers.Primary;

    public IContainer Layer()
    {
        var layer = new Container();
        layers.Overlays.Add(layer);
        return layer;
    }
}

/// <summary>A table's columns, header cells and cells.</summary>
public sealed class TableDescriptor
{
    private readonly Table table;

    internal TableDescriptor(Table table) => this.table = table;

    public void ConstantColumn(float width) => table.Columns.Add(new TableColumn(width, 0));

    public void RelativeColumn(float weight = 1) => table.Columns.Add(new TableColumn(0, weight));

    /// <summary>A cell of the header rows, repeated at the top of every page the table reaches.</summary>
    public ITableCellContainer HeaderCell() => Add(table.HeaderCells);

    public ITableCellContainer Cell() => Add(table.Cells);

    private static TableCell Add(List<TableCell> cells)
    {
        var cell = new TableCell();
        cells.Add(cell);
        return cell;
    }
}

/// <summary>The spans of a paragraph and its alignment.</summary>
public sealed class TextDescriptor
{
    private readonly TextElement text;

    internal TextDescriptor(TextElement text) => this.text = text;

    public void Align(TextAlignment alignment) => text.Alignment = alignment;

    public void Span(string? content, TextStyle? style = null)
    {
        if (!string.IsNullOrEmpty(content))
        {
            text.Spans.Add(new TextSpan(content, style ?? TextStyle.Default));
        }
    }

    /// <summary>
    /// A short label given word by word (服务对象, 满意度, 指标): it takes as few lines as its width
    /// allows, broken between words where it can, evenly and with no character alone on a line.
    /// </summary>
    public void Words(IEnumerable<string> words, TextStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        text.SpansAreWords = true;
        foreach (var word in words)
        {
            Span(word, style);
        }
    }

    public void CurrentPageNumber(TextStyle? style = null) => Dynamic(c => c.PageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), style);

    public void TotalPages(TextStyle? style = null) => Dynamic(c => c.PageCount.ToString(System.Globalization.CultureInfo.InvariantCulture), style);

    /// <summary>The page on which the named section starts (known after the first pass; blank before).</summary>
    public void SectionPage(string name, TextStyle? style = null) =>
        Dynamic(c => c.SectionPages.TryGetValue(name, out var page) ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty, style);

    private void Dynamic(Func<RenderContext, string> content, TextStyle? style) =>
        text.Spans.Add(new TextSpan(string.Empty, style ?? TextStyle.Default, content));
}
