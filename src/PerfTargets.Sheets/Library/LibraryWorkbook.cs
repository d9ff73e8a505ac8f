using PerfTargets.Core.Declarations;
using PerfTargets.Core.Library;
using PerfTargets.Sheets.Tables;
using PerfTargets.Sheets.Writing;

namespace PerfTargets.Sheets.Library;

/// <summary>
/// 指标库 as a workbook (导出指标库): one row per entry under a heading row, every field in its own
/// column as the admin's form names it, retired entries marked 是 under 停用. The same columns are
/// read back by <see cref="LibraryWorkbookReader"/>, so an exported file, edited, imports again.
/// </summary>
public static class LibraryWorkbook
{
    public const string SheetName = "指标库";

    public const string Title = "指标库";

    /// <summary>What 停用 and the other yes/no cells say for yes.</summary>
    public const string Yes = "是";

    public const string IdHeading = "编号";
    public const string KeyHeading = "编码";
    public const string FrameworkHeading = "指标体系";
    public const string Level1Heading = "一级指标";
    public const string Level2Heading = "二级指标";
    public const string NameHeading = "三级指标";
    public const string NatureHeading = "指标性质";
    public const string UnitHeading = "计量单位";
    public const string ComparatorHeading = "比较符";
    public const string DirectionHeading = "指标方向";
    public const string FormulaHeading = "计算公式";
    public const string BasisHeading = "指标值确定依据";
    public const string SectorsHeading = "适用行业";
    public const string ExampleHeading = "示例指标值";
    public const string SourceHeading = "来源";
    public const string RetiredHeading = "停用";
    public const string MergedIntoHeading = "合并到编号";

    /// <summary>The columns in file order; <paramref name="frameworkCode"/> names each entry's framework by its code.</summary>
    public static IReadOnlyList<TableColumn<LibraryEntry>> Columns(Func<int, string> frameworkCode) =>
    [
        // An entry not yet saved has no 编号: its row imports as a new entry.
        new(IdHeading, 7, e => SheetCell.Of(e.Id == 0 ? null : (decimal?)e.Id, CellStyle.WholeNumber)),
        new(KeyHeading, 10, e => SheetCell.Of(e.Key, CellStyle.BorderedText)),
        new(FrameworkHeading, 10, e => SheetCell.Of(frameworkCode(e.FrameworkId), CellStyle.BorderedText)),
        new(Level1Heading, 12, e => SheetCell.Of(e.Level1, CellStyle.BorderedText)),
        new(Level2Heading, 14, e => SheetCell.Of(e.Level2, CellStyle.BorderedText)),
        new(NameHeading, 24, e => SheetCell.Of(e.Name, CellStyle.BorderedText)),
        new(NatureHeading, 7, e => SheetCell.Of(e.Nature.Label(), CellStyle.BorderedCentred)),
        new(UnitHeading, 8, e => SheetCell.Of(e.Unit, CellStyle.BorderedCentred)),
        new(ComparatorHeading, 6, e => SheetCell.Of(e.Comparator?.Symbol(), CellStyle.BorderedCentred)),
        new(DirectionHeading, 7, e => SheetCell.Of(e.Direction?.Label(), CellStyle.BorderedCentred)),
        new(FormulaHeading, 24, e => SheetCell.Of(e.Formula, CellStyle.BorderedText)),
        new(BasisHeading, 10, e => SheetCell.Of(e.Basis?.Label(), CellStyle.BorderedCentred)),
        new(SectorsHeading, 12, e => SheetCell.Of(e.Sectors, CellStyle.BorderedText)),
        new(ExampleHeading, 20, e => SheetCell.Of(e.Example, CellStyle.BorderedText)),
        new(SourceHeading, 30, e => SheetCell.Of(e.Source, CellStyle.BorderedText)),
        new(RetiredHeading, 6, e => SheetCell.Of(e.Retired ? Yes : null, CellStyle.BorderedCentred)),
        new(MergedIntoHeading, 8, e => SheetCell.Of((decimal?)e.MergedIntoId, CellStyle.WholeNumber)),
    ];

    /// <summary>Writes <paramref name="entries"/>, in their order, under the heading row (the sheet's first).</summary>
    public static void Export(Stream stream, IEnumerable<LibraryEntry> entries, Func<int, string> frameworkCode, WorkbookInfo info, HeaderFooterText footer)
    {
        ArgumentNullException.ThrowIfNull(entries);
        using var workbook = WorkbookWriter.Create(stream, info);
        var sheet = new TableSheet<LibraryEntry>(workbook, SheetName, Columns(frameworkCode), TableHead.None, footer, numbered: false);
        foreach (var entry in entries)
        {
            sheet.Write(entry);
        }

        sheet.Finish();
    }
}
