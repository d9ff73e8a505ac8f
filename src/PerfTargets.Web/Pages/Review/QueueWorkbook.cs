using PerfTargets.Core.Validation;
using PerfTargets.Sheets.Tables;
using PerfTargets.Sheets.Writing;
using PerfTargets.Web.Exchange;
using PerfTargets.Web.Viewing;

namespace PerfTargets.Web.Pages.Review;

/// <summary>
/// 待审队列 as a workbook (导出 Excel on the queue): the rows the page shows, oldest submission first,
/// with how many days each has waited, 年度资金 in the chosen unit as numbers and their 合计.
/// </summary>
public static class QueueWorkbook
{
    public const string SheetName = "待审申报表";

    public static void Write(Stream stream, IReadOnlyList<IndexModel.Row> rows, IReadOnlyDictionary<int, ProblemCount> problems, DateTime nowUtc, ListExport export)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(export);
        var unit = export.Unit;
        IReadOnlyList<TableColumn<IndexModel.Row>> columns =
        [
            new("提交时间", 17, r => SheetCell.Of(r.SubmittedAt is { } at ? ChinaTime.Format(at) : null, CellStyle.BorderedCentred)),
            new("已等待（天）", 8, r => SheetCell.Of(r.SubmittedAt is { } since ? (int)(nowUtc - since).TotalDays : null, CellStyle.WholeNumber)),
            new("预算年度", 8, r => SheetCell.Of(r.BudgetYear, CellStyle.Number)),
            new("项目名称", 30, r => SheetCell.Of(r.ProjectName, CellStyle.BorderedText)),
            new("填报单位", 20, r => SheetCell.Of(r.Department, CellStyle.BorderedText)),
            new("版本", 6, r => SheetCell.Of(r.Version, CellStyle.WholeNumber)),
            ExportCells.AmountColumn<IndexModel.Row>(unit, r => r.AnnualTotal, rows.Sum(r => r.AnnualTotal ?? 0m)),
            new("错误", 6, r => SheetCell.Of(problems.GetValueOrDefault(r.Id).Errors, CellStyle.WholeNumber)),
            new("提示", 6, r => SheetCell.Of(problems.GetValueOrDefault(r.Id).Warnings, CellStyle.WholeNumber)),
        ];
        using var workbook = WorkbookWriter.Create(stream, new WorkbookInfo { Title = SheetName, Creator = export.ExportedBy, Subject = export.Scope });
        var sheet = new TableSheet<IndexModel.Row>(workbook, SheetName, columns, export.Head(SheetName), export.Footer);
        foreach (var row in rows)
        {
            sheet.Write(row);
        }

        sheet.Finish($"合计（{rows.Count} 份）");
    }
}
