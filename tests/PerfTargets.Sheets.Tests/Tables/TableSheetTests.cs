using DocumentFormat.OpenXml.Spreadsheet;
using PerfTargets.Sheets.Tables;
using PerfTargets.Sheets.Tests.Writing;
using PerfTargets.Sheets.Writing;
using CellStyle = PerfTargets.Sheets.Writing.CellStyle;

namespace PerfTargets.Sheets.Tests.Tables;

/// <summary>A table sheet: title and scope over the header, rows numbered as written, the filter over the rows only and the 合计 row under them.</summary>
public class TableSheetTests
{
    private static readonly TableColumn<(string Name, decimal Amount)>[] Columns =
    [
        new("名称", 20, r => SheetCell.Of(r.Name, CellStyle.BorderedText)),
        new("类别", 8, _ => SheetCell.Of("项目", CellStyle.BorderedText)),
        new("金额", 12, r => SheetCell.Of(r.Amount, CellStyle.MoneyYuan)) { Total = SheetCell.Of(30m, CellStyle.TotalMoneyYuan) },
    ];

    [Fact]
    public void Rows_are_numbered_under_a_frozen_header_with_the_total_outside_the_filter()
    {
        using var book = WrittenWorkbook.Write(new WorkbookInfo(), workbook =>
        {
            var table = new TableSheet<(string, decimal)>(workbook, "列表", Columns, new TableHead("申报表列表", "预算年度：2022年", "金额单位：元"), new HeaderFooterText("导出"));
            table.Write(("甲", 10m));
            table.Write(("乙", 20m));
            table.Count.ShouldBe(2);
            table.Finish("合计（2 份）");
        });

        var sheet = book.Sheet("列表");
        book.Text("列表", "A1").ShouldBe("申报表列表");
        book.Text("列表", "A2").ShouldBe("预算年度：2022年");
        book.Text("列表", "C2").ShouldBe("金额单位：元");
        Enumerable.Range(0, 4).Select(c => book.Text("列表", $"{(char)('A' + c)}3")).ShouldBe(["序号", "名称", "类别", "金额"]);
        book.Cell("列表", "A5").CellValue!.Text.ShouldBe("2");
        book.Cell("列表", "D5").CellValue!.Text.ShouldBe("20");
        book.Text("列表", "A6").ShouldBe("合计（2 份）");
        book.Cell("列表", "D6").CellValue!.Text.ShouldBe("30");
        sheet.Descendants<AutoFilter>().Single().Reference!.Value.ShouldBe("A3:D5");
        sheet.Descendants<Pane>().Single().TopLeftCell!.Value.ShouldBe("A4");
        // Title across the table; scope and unit side by side; the total's label up to the first column with a total.
        sheet.Descendants<MergeCell>().Select(m => m.Reference!.Value).ShouldBe(["A1:D1", "A2:B2", "C2:D2", "A6:C6"]);
    }

    [Fact]
    public void Without_a_head_or_numbers_the_header_is_the_first_row()
    {
        using var book = WrittenWorkbook.Write(new WorkbookInfo(), workbook =>
        {
            var table = new TableSheet<(string, decimal)>(workbook, "明细", Columns, TableHead.None, new HeaderFooterText(), numbered: false);
            table.Finish();
        });

        book.Text("明细", "A1").ShouldBe("名称");
        book.Sheet("明细").Descendants<AutoFilter>().Single().Reference!.Value.ShouldBe("A1:C2");
        book.Sheet("明细").Descendants<MergeCell>().ShouldBeEmpty();
    }
}
