using PerfTargets.Core.Money;
using PerfTargets.Core.Summaries;
using PerfTargets.Sheets.Writing;

namespace PerfTargets.Sheets.Summaries;

/// <summary>
/// 汇总表 as a workbook (导出 Excel): the table as the page and the PDF show it — title, scope and
/// unit, a header of two rows (申报份数, 年度资金 … over their columns), 合计 first and each year and
/// 主管部门 in bold above its parts, indented by depth — with amounts as numbers in the chosen unit
/// and counts as whole numbers, so that Excel adds them up again. A4 landscape, the header repeated
/// on every printed page, and the footer naming when and by whom it was produced.
/// </summary>
public static class SummaryWorkbook
{
    public const string SheetName = "汇总表";

    private const double LabelWidth = 26;
    private const double MoneyWidth = 15;
    private const double CountWidth = 9;

    /// <summary>More columns than this print across A4 landscape, as the PDF turns its page.</summary>
    private const int PortraitColumns = 8;

    public static void Export(Stream stream, SummaryPrint print)
    {
        ArgumentNullException.ThrowIfNull(print);
        var table = print.Table;
        var info = new WorkbookInfo
        {
            Title = SummaryPrint.Title,
            Creator = print.ProducedBy,
            Subject = SummaryPrint.Title,
            Description = print.ProducedNote,
        };
        using var workbook = WorkbookWriter.Create(stream, info);
        var width = table.Columns.Count + 1;
        var sheet = workbook.AddSheet(SheetName, new SheetSetup
        {
            ColumnWidths = [LabelWidth, .. table.Columns.Select(c => c.Kind == SummaryValueKind.Money ? MoneyWidth : CountWidth)],
            Orientation = table.Columns.Count > PortraitColumns ? PageOrientation.Landscape : PageOrientation.Portrait,
            RepeatedRows = (3, 4),
            FrozenRows = 4,
            Footer = new HeaderFooterText(print.ProducedNote, Right: HeaderFooterText.PageOfPages),
        });

        sheet.WriteRow([SheetCell.Of(SummaryPrint.Title, CellStyle.Title)], 28);
        sheet.Merge(new CellReference(1, 1), new CellReference(1, width));
        sheet.WriteRow([SheetCell.Of(print.Scope, CellStyle.Text), .. Enumerable.Repeat(SheetCell.Empty(), width - 3), SheetCell.Of($"金额单位：{print.Unit.Label()}", CellStyle.TextRight)]);
        sheet.Merge(new CellReference(2, 1), new CellReference(2, width - 2));
        sheet.Merge(new CellReference(2, width - 1), new CellReference(2, width));
        WriteHeader(sheet, table);
        foreach (var row in table.Rows)
        {
            var bold = row.Kind != SummaryRowKind.Department;
            var label = new string('　', row.Depth) + row.Label;
            var cell = SheetCell.Of(label, bold ? CellStyle.TotalText : CellStyle.BorderedText);
            sheet.WriteRow([cell, .. table.Columns.Select(c => Value(c, row.Figures, print.Unit, bold))], TextFit.RowHeight([cell], [LabelWidth]));
        }
    }

    private static void WriteHeader(SheetWriter sheet, SummaryTable table)
    {
        var groups = new List<SheetCell> { SheetCell.Of(SummaryTable.RowHeading, CellStyle.TableHeader) };
        var column = 2;
        foreach (var (group, span) in table.ColumnGroups)
        {
            groups.Add(SheetCell.Of(group, CellStyle.TableHeader));
            groups.AddRange(Enumerable.Repeat(SheetCell.Empty(CellStyle.TableHeader), span - 1));
            sheet.Merge(new CellReference(3, column), new CellReference(3, column + span - 1));
            column += span;
        }

        sheet.WriteRow(groups, 22);
        sheet.WriteRow([SheetCell.Empty(CellStyle.TableHeader), .. table.Columns.Select(c => SheetCell.Of(c.Heading, CellStyle.TableHeader))], 30);
        sheet.Merge(new CellReference(3, 1), new CellReference(4, 1));
    }

    private static SheetCell Value(SummaryColumn column, SummaryFigures figures, MoneyUnit unit, bool bold)
    {
        var value = column.Value(figures);
        return column.Kind == SummaryValueKind.Money
            ? AmountStyles.Cell(unit, value, bold)
            : SheetCell.Of(value, bold ? CellStyle.TotalWholeNumber : CellStyle.WholeNumber);
    }
}
