using PerfTargets.Core.Declarations;
using PerfTargets.Core.Printing;
using PerfTargets.Sheets.Writing;

namespace PerfTargets.Sheets.Declarations;

/// <summary>
/// 指标明细: one row per 三级 with every field of it, under a frozen header row with an autofilter,
/// for people who filter and sort; A4 landscape. The form sheet is what prints and what an import reads.
/// </summary>
internal static class IndicatorDetailSheet
{
    private static readonly (string Heading, double Width, Func<Indicator, int, SheetCell> Cell)[] Columns =
    [
        ("序号", 5, (_, n) => SheetCell.Of(n, CellStyle.WholeNumber)),
        ("一级指标", 10, (i, _) => Text(i.Level1)),
        ("二级指标", 12, (i, _) => Text(i.Level2)),
        ("三级指标", 24, (i, _) => Text(i.Name)),
        ("指标属性", 8, (i, _) => Text(i.Nature.Label())),
        ("中期指标值", 12, (i, _) => Text(i.MidTerm.Display())),
        ("年度指标值", 12, (i, _) => Text(IndicatorGrid.Target(i, i.Annual))),
        ("比较符", 6, (i, _) => Text(i.Annual.Comparator?.Symbol())),
        ("年度数值", 9, (i, _) => SheetCell.Of(i.Annual.Value, CellStyle.Number)),
        ("度量单位", 7, (i, _) => Text(i.Annual.Unit)),
        ("指标内容", 28, (i, _) => Text(i.Description)),
        ("指标值确定依据", 10, (i, _) => Text(i.Basis?.Label())),
        ("备注", 12, (i, _) => Text(i.Remark)),
        ("权重", 6, (i, _) => SheetCell.Of(i.Weight, CellStyle.Number)),
        ("指标方向", 6, (i, _) => Text(i.Direction?.Label())),
        ("评分标准", 16, (i, _) => Text(i.ScoringStandard)),
        ("不适用", 6, (i, _) => Text(i.IsNotApplicable ? "是" : null)),
    ];

    public static void Write(WorkbookWriter workbook, Declaration declaration, HeaderFooterText footer)
    {
        var sheet = workbook.AddSheet(WorkbookFacts.IndicatorSheet, new SheetSetup
        {
            ColumnWidths = [.. Columns.Select(c => c.Width)],
            Orientation = PageOrientation.Landscape,
            RepeatedRows = (1, 1),
            FrozenRows = 1,
            Footer = footer,
        });
        sheet.WriteRow([.. Columns.Select(c => SheetCell.Of(c.Heading, CellStyle.TableHeader))], 30);
        var number = 0;
        foreach (var indicator in declaration.Indicators.OrderBy(i => i.Sequence))
        {
            number++;
            sheet.WriteRow([.. Columns.Select(c => c.Cell(indicator, number))]);
        }

        sheet.SetAutoFilter(new CellReference(1, 1), new CellReference(Math.Max(1, number + 1), Columns.Length));
    }

    private static SheetCell Text(string? text) => SheetCell.Of(text, CellStyle.BorderedText);
}
