using PerfTargets.Core.Declarations;
using PerfTargets.Core.Money;
using PerfTargets.Sheets.Writing;

namespace PerfTargets.Sheets.Declarations;

/// <summary>
/// 项目支出预算明细 on a sheet of its own (its columns are more than the form's): one row per line,
/// amounts as numbers in the form's unit, the 合计 row as the form states it; read back by its headings.
/// </summary>
internal static class BudgetLineSheet
{
    /// <summary>The headings, written and read alike.</summary>
    public static readonly string[] Headings =
        ["支出明细项目", "项目内容", "数量", "数量单位", "支出标准", "标准单位", "前年实际执行数", "上年实际执行数", "金额", "依据", "备注"];

    private static readonly double[] Widths = [20, 20, 7, 6, 12, 8, 13, 13, 13, 16, 10];

    public static void Write(WorkbookWriter workbook, Declaration declaration, HeaderFooterText footer)
    {
        var unit = declaration.MoneyUnit;
        var sheet = workbook.AddSheet(WorkbookFacts.BudgetLineSheet, new SheetSetup
        {
            ColumnWidths = Widths,
            Orientation = PageOrientation.Landscape,
            RepeatedRows = (2, 2),
            Footer = footer,
            ShowGridLines = false,
        });
        sheet.WriteRow([SheetCell.Of($"项目支出预算明细（单位：{unit.Label()}）", CellStyle.Subtitle)], 24);
        sheet.Merge(new CellReference(1, 1), new CellReference(1, Headings.Length));
        sheet.WriteRow([.. Headings.Select(h => SheetCell.Of(h, CellStyle.TableHeader))], 30);
        foreach (var line in declaration.BudgetLines.OrderBy(l => l.Sequence))
        {
            sheet.WriteRow(
            [
                SheetCell.Of(line.Item, CellStyle.BorderedText), SheetCell.Of(line.Content, CellStyle.BorderedText),
                SheetCell.Of(line.Quantity, CellStyle.Number), SheetCell.Of(line.QuantityUnit, CellStyle.BorderedCentred),
                AmountStyles.Cell(unit, line.UnitStandard), SheetCell.Of(line.StandardUnit, CellStyle.BorderedCentred),
                AmountStyles.Cell(unit, line.ActualTwoYearsBefore), AmountStyles.Cell(unit, line.ActualYearBefore), AmountStyles.Cell(unit, line.Amount),
                SheetCell.Of(line.Basis, CellStyle.BorderedText), SheetCell.Of(line.Remark, CellStyle.BorderedText),
            ]);
        }

        var stated = declaration.StatedBudgetLineTotals;
        if (!stated.IsEmpty)
        {
            sheet.WriteRow(
            [
                SheetCell.Of("合计", CellStyle.TotalLabel), .. Enumerable.Repeat(SheetCell.Empty(CellStyle.BorderedText), 5),
                AmountStyles.Cell(unit, stated.ActualTwoYearsBefore, true), AmountStyles.Cell(unit, stated.ActualYearBefore, true), AmountStyles.Cell(unit, stated.Amount, true),
                SheetCell.Empty(CellStyle.BorderedText), SheetCell.Empty(CellStyle.BorderedText),
            ]);
        }
    }
}
