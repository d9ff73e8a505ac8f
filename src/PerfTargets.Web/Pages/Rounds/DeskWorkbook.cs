using PerfTargets.Core.Money;
using PerfTargets.Core.Review;
using PerfTargets.Core.Rounds;
using PerfTargets.Sheets.Tables;
using PerfTargets.Sheets.Writing;
using PerfTargets.Web.Exchange;
using PerfTargets.Web.Viewing;

namespace PerfTargets.Web.Pages.Rounds;

/// <summary>申报进度 as a workbook (导出 Excel on the desk): one row per department as the desk shows it, amounts in the chosen unit, with the round's totals.</summary>
public static class DeskWorkbook
{
    public const string SheetName = "申报进度";

    public static void Write(Stream stream, RoundDesk desk, IReadOnlyList<DepartmentProgress> rows, ListExport export)
    {
        ArgumentNullException.ThrowIfNull(desk);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(export);
        var unit = export.Unit;
        IReadOnlyList<TableColumn<DepartmentProgress>> columns =
        [
            new("单位编码", 10, p => SheetCell.Of(p.Department.Code, CellStyle.BorderedText)),
            new("填报单位", 24, p => SheetCell.Of(p.Department.Name, CellStyle.BorderedText)),
            new("截止日期", 11, p => SheetCell.Of(p.Deadline.DueOn, CellStyle.Date)),
            new("延期", 6, p => SheetCell.Of(p.Deadline.Extended ? "是" : null, CellStyle.BorderedCentred)),
            new("剩余天数", 8, p => SheetCell.Of(p.Deadline.DaysLeft, CellStyle.Number)),
            new("状态", 8, p => SheetCell.Of(p.State.Label(), CellStyle.BorderedCentred)),
            Count("已填报", p => p.Created, rows),
            Count("草稿", p => p.Count(FilingState.Draft), rows),
            Count("已退回", p => p.Count(FilingState.Returned), rows),
            Count("审核中", p => p.Count(FilingState.Submitted), rows),
            Count("已批复", p => p.Count(FilingState.Approved), rows),
            ExportCells.AmountColumn<DepartmentProgress>(unit, p => p.TotalMoney, rows.Sum(p => p.TotalMoney)),
            new($"其中已批复（{unit.Label()}）", 15, p => AmountStyles.Cell(unit, p.Money(FilingState.Approved))),
            new("最近活动", 17, p => SheetCell.Of(p.LastActivity is { } at ? ChinaTime.Format(at) : null, CellStyle.BorderedCentred)),
        ];
        using var workbook = WorkbookWriter.Create(stream, new WorkbookInfo { Title = desk.Round.Name, Creator = export.ExportedBy, Subject = export.Scope });
        var sheet = new TableSheet<DepartmentProgress>(workbook, SheetName, columns, export.Head($"{desk.Round.Name} 申报进度"), export.Footer);
        foreach (var row in rows)
        {
            sheet.Write(row);
        }

        sheet.Finish($"合计（{rows.Count} 个单位）");
    }

    private static TableColumn<DepartmentProgress> Count(string heading, Func<DepartmentProgress, int> count, IReadOnlyList<DepartmentProgress> rows) =>
        new(heading, 7, p => SheetCell.Of(count(p), CellStyle.WholeNumber)) { Total = SheetCell.Of(rows.Sum(count), CellStyle.TotalWholeNumber) };
}
