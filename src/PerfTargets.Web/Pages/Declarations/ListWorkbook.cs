using PerfTargets.Core.Money;
using PerfTargets.Core.Review;
using PerfTargets.Data.Queries;
using PerfTargets.Data.Reports;
using PerfTargets.Sheets.Tables;
using PerfTargets.Sheets.Writing;
using PerfTargets.Web.Exchange;
using PerfTargets.Web.Viewing;

namespace PerfTargets.Web.Pages.Declarations;

/// <summary>
/// 申报表列表 as a workbook (导出 Excel on the list): one row per declaration the list filtered, in its
/// order, with the list's columns and a few more for people who sort (单位编码, 错误 and 提示 apart,
/// 更新日期); 年度资金 in the unit chosen on the list, as numbers, and the 合计 of them all. Rows are
/// read a batch at a time while the file is written, so that 10,000 never sit in memory together.
/// </summary>
public static class ListWorkbook
{
    public const string SheetName = "申报表列表";

    public const string Title = "项目支出绩效目标申报表列表";

    /// <summary>
    /// The columns, with <paramref name="annualTotal"/> under 年度资金 in the 合计 row; 运行监控与自评 says
    /// each declaration's reports by <paramref name="reports"/> (<see cref="ReportsColumn"/>).
    /// </summary>
    public static IReadOnlyList<TableColumn<DeclarationListEntry>> Columns(MoneyUnit unit, ReviewChain chain, decimal annualTotal, IReadOnlyDictionary<int, string>? reports = null) =>
    [
        new("预算年度", 8, r => SheetCell.Of(r.BudgetYear, CellStyle.Number)),
        new("项目名称", 30, r => SheetCell.Of(r.ProjectName, CellStyle.BorderedText)),
        new("单位编码", 10, r => SheetCell.Of(r.DepartmentCode, CellStyle.BorderedText)),
        new("填报单位", 20, r => SheetCell.Of(r.DepartmentName, CellStyle.BorderedText)),
        new("项目属性", 9, r => SheetCell.Of(r.Kind.Label(), CellStyle.BorderedCentred)),
        new("状态", 14, r => SheetCell.Of(WorkflowStatus.Describe(r.Status, r.Review, chain), CellStyle.BorderedCentred)),
        ExportCells.AmountColumn<DeclarationListEntry>(unit, r => r.AnnualTotal, annualTotal),
        new("三级指标", 8, r => SheetCell.Of(r.IndicatorCount, CellStyle.WholeNumber)),
        new("错误", 6, r => SheetCell.Of(r.Problems.Errors, CellStyle.WholeNumber)),
        new("提示", 6, r => SheetCell.Of(r.Problems.Warnings, CellStyle.WholeNumber)),
        new("更新日期", 11, r => SheetCell.Of(ChinaTime.Day(r.UpdatedAt.UtcDateTime), CellStyle.Date)),
        new("运行监控与自评", 30, r => SheetCell.Of(reports?.GetValueOrDefault(r.Id), CellStyle.BorderedText)),
    ];

    /// <summary>Each declaration's reports in one cell: 6月30日 黄（已批复）；自评 97.59 优（已提交）.</summary>
    public static IReadOnlyDictionary<int, string> ReportsColumn(IEnumerable<ReportGlance> glances) =>
        glances.GroupBy(g => g.DeclarationId).ToDictionary(g => g.Key, g => string.Join("；", g.Select(x => x.Text)));

    /// <summary>Writes the <paramref name="count"/> declarations of <paramref name="filtered"/> whose 年度资金 add up to <paramref name="annualTotal"/>.</summary>
    public static async Task WriteAsync(Stream stream, PerfTargetsDbContext db, IQueryable<Declaration> filtered, int count, decimal annualTotal,
        ReviewChain chain, ListExport export, IReadOnlyDictionary<int, string> reports, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(export);
        using var workbook = WorkbookWriter.Create(stream, new WorkbookInfo { Title = Title, Creator = export.ExportedBy, Subject = export.Scope });
        var sheet = new TableSheet<DeclarationListEntry>(workbook, SheetName, Columns(export.Unit, chain, annualTotal, reports),
            export.Head(Title), export.Footer);
        await foreach (var row in db.ListAllAsync(filtered, count, cancellationToken: cancellationToken))
        {
            sheet.Write(row);
        }

        sheet.Finish($"合计（{count} 份）");
    }
}
