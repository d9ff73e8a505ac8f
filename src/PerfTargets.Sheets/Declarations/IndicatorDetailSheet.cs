using PerfTargets.Core.Declarations;
using PerfTargets.Core.Printing;
using PerfTargets.Sheets.Tables;
using PerfTargets.Sheets.Writing;

namespace PerfTargets.Sheets.Declarations;

/// <summary>
/// 指标明细: one row per 三级 with every field of it, under a frozen header row with an autofilter,
/// for people who filter and sort; A4 landscape. The form sheet is what prints and what an import reads.
/// </summary>
internal static class IndicatorDetailSheet
{
    private static readonly TableColumn<Indicator>[] Columns =
    [
        new("一级指标", 10, i => Text(i.Level1)),
        new("二级指标", 12, i => Text(i.Level2)),
        new("三级指标", 24, i => Text(i.Name)),
        new("指标属性", 8, i => Text(i.Nature.Label())),
        new("中期指标值", 12, i => Text(i.MidTerm.Display())),
        new("年度指标值", 12, i => Text(IndicatorGrid.Target(i, i.Annual))),
        new("比较符", 6, i => Text(i.Annual.Comparator?.Symbol())),
        new("年度数值", 9, i => SheetCell.Of(i.Annual.Value, CellStyle.Number)),
        new("度量单位", 7, i => Text(i.Annual.Unit)),
        new("指标内容", 28, i => Text(i.Description)),
        new("指标值确定依据", 10, i => Text(i.Basis?.Label())),
        new("备注", 12, i => Text(i.Remark)),
        new("权重", 6, i => SheetCell.Of(i.Weight, CellStyle.Number)),
        new("指标方向", 6, i => Text(i.Direction?.Label())),
        new("评分标准", 16, i => Text(i.ScoringStandard)),
        new("不适用", 6, i => Text(i.IsNotApplicable ? "是" : null)),
    ];

    public static void Write(WorkbookWriter workbook, Declaration declaration, HeaderFooterText footer)
    {
        var table = new TableSheet<Indicator>(workbook, WorkbookFacts.IndicatorSheet, Columns, TableHead.None, footer);
        foreach (var indicator in declaration.Indicators.OrderBy(i => i.Sequence))
        {
            table.Write(indicator);
        }

        table.Finish();
    }

    private static SheetCell Text(string? text) => SheetCell.Of(text, CellStyle.BorderedText);
}
