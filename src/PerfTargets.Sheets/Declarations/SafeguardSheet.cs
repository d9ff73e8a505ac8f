using PerfTargets.Core.Declarations;
using PerfTargets.Sheets.Writing;

namespace PerfTargets.Sheets.Declarations;

/// <summary>制度保障 on a sheet of its own, as seed 001's third sheet: 制度保障 | 文件名称 | 具体措施 | each 保障阶段 ticked √.</summary>
internal static class SafeguardSheet
{
    public const string Tick = "√";

    /// <summary>The three stages, in form order, with their headings.</summary>
    public static readonly SafeguardStages[] Stages = [SafeguardStages.Planning, SafeguardStages.Implementation, SafeguardStages.Closing];

    public static readonly string[] Headings = ["制度保障", "文件名称", "具体措施", .. Stages.Select(s => s.Label())];

    public static void Write(WorkbookWriter workbook, Declaration declaration, HeaderFooterText footer)
    {
        var sheet = workbook.AddSheet(WorkbookFacts.SafeguardSheet, new SheetSetup
        {
            ColumnWidths = [16, 24, 30, 10, 10, 10],
            RepeatedRows = (2, 2),
            Footer = footer,
            ShowGridLines = false,
        });
        sheet.WriteRow([SheetCell.Of("项目支出绩效目标申报表（制度保障）", CellStyle.Subtitle)], 24);
        sheet.Merge(new CellReference(1, 1), new CellReference(1, Headings.Length));
        sheet.WriteRow([.. Headings.Select(h => SheetCell.Of(h, CellStyle.TableHeader))], 30);
        foreach (var safeguard in declaration.Safeguards.OrderBy(s => s.Sequence))
        {
            sheet.WriteRow(
            [
                SheetCell.Of(safeguard.Category, CellStyle.Label), SheetCell.Of(safeguard.DocumentName, CellStyle.BorderedText),
                SheetCell.Of(safeguard.Measures, CellStyle.BorderedText),
                .. Stages.Select(stage => SheetCell.Of(safeguard.Stages.HasFlag(stage) ? Tick : null, CellStyle.BorderedCentred)),
            ]);
        }
    }
}
