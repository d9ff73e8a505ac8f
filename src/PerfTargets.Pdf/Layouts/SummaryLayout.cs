using PerfTargets.Core.Summaries;
using SkiaSharp;

namespace PerfTargets.Pdf.Layouts;

/// <summary>
/// 项目支出绩效目标汇总表 as PDF: title, scope and unit, then the table as the page shows it (合计
/// first, each year and 主管部门 with its 小计 above its parts), its header repeated on every page;
/// A4 landscape once the table is wider than a portrait page takes. Every page's footer names when
/// and by whom it was produced, as the approval mark names a version, so that a printed copy says
/// what it is a copy of.
/// </summary>
public sealed class SummaryLayout(SummaryPrint print) : IDocument
{
    /// <summary>More columns than this print across A4 landscape.</summary>
    private const int PortraitColumns = 8;

    private const float LabelWidth = 118;

    private static readonly TextStyle Cell = new(7, LineHeight: 1.25f);
    private static readonly TextStyle CellBold = Cell with { Bold = true };
    private static readonly TextStyle Heading = new(7, Bold: true, LineHeight: 1.25f);
    private static readonly TextStyle Footer = new(7, Color: new SKColor(0x55, 0x55, 0x55));
    private static readonly SKColor TotalShade = new(0xEE, 0xEE, 0xEE);

    public DocumentInfo Info => new(SummaryPrint.Title, print.ProducedBy) { Created = print.ProducedAtUtc };

    public void Compose(DocumentContainer document) => document.Page(page =>
    {
        page.Size(print.Table.Columns.Count > PortraitColumns ? PageSizes.A4Landscape : PageSizes.A4);
        page.Margin(30, 30, 30, 26);
        page.Footer().PaddingTop(6).Row(row =>
        {
            row.RelativeItem(3).Text(print.ProducedNote, Footer);
            row.RelativeItem().Element(FormParts.PageNumber);
        });
        page.Content().Column(column =>
        {
            column.Item().Text(SummaryPrint.Title, FormStyle.Title, TextAlignment.Center);
            column.Item().PaddingTop(6).PaddingBottom(4).Row(row =>
            {
                row.RelativeItem().Text(print.Scope, FormStyle.Body);
                row.ConstantItem(120).Text($"金额单位：{print.Unit.Label()}", FormStyle.Body, TextAlignment.Right);
            });
            column.Item().Element(Table);
        });
    });

    private void Table(IContainer container) => container.Table(table =>
    {
        var summary = print.Table;
        table.ConstantColumn(LabelWidth);
        foreach (var column in summary.Columns)
        {
            table.RelativeColumn(column.Kind == SummaryValueKind.Money ? 2.4f : 1.4f);
        }

        table.HeaderCell().RowSpan(2).Element(c => HeadingCell(c, SummaryTable.RowHeading));
        foreach (var (group, span) in summary.ColumnGroups)
        {
            table.HeaderCell().ColumnSpan(span).Element(c => HeadingCell(c, group));
        }

        foreach (var column in summary.Columns)
        {
            table.HeaderCell().Element(c => HeadingCell(c, column.Heading));
        }

        foreach (var row in summary.Rows)
        {
            var style = row.Kind == SummaryRowKind.Department ? Cell : CellBold;
            var shade = row.Kind == SummaryRowKind.Department ? SKColors.White : TotalShade;
            table.Cell().Border(FormStyle.Rule).Background(shade).Padding(3 + (row.Depth * 6), 2, 3, 2).AlignMiddle().Text(row.Label, style);
            foreach (var column in summary.Columns)
            {
                table.Cell().Border(FormStyle.Rule).Background(shade).Padding(2, 2).AlignRight().AlignMiddle().Text(column.Text(row.Figures, print.Unit), style, TextAlignment.Right);
            }
        }
    });

    private static void HeadingCell(IContainer cell, string text) =>
        cell.Border(FormStyle.Rule).Background(TotalShade).Padding(2, 2).AlignCenter().AlignMiddle().Text(text, Heading, TextAlignment.Center);
}
