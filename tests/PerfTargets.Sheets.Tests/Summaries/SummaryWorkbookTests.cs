using DocumentFormat.OpenXml.Spreadsheet;
using PerfTargets.Core.Accounts;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Departments;
using PerfTargets.Core.Money;
using PerfTargets.Core.Review;
using PerfTargets.Core.Summaries;
using PerfTargets.Core.Validation;
using PerfTargets.Sheets.Summaries;
using PerfTargets.Sheets.Tests.Writing;

namespace PerfTargets.Sheets.Tests.Summaries;

/// <summary>The 汇总表 workbook: a two-row header over its column groups, rows indented by depth with 小计 in bold, amounts as numbers in the unit.</summary>
public class SummaryWorkbookTests
{
    private static readonly Department Bureau = new() { Id = 1, Code = "100", Name = "教育局" };
    private static readonly Department School = new() { Id = 2, Code = "101", Name = "第一中学", ParentId = 1 };

    [Fact]
    public void The_table_is_written_as_the_page_shows_it_with_amounts_as_numbers_in_ten_thousand_yuan()
    {
        var table = SummaryTable.Build(
            [Filed(School, 123_456.78m), Filed(Bureau, 1_000_000m)],
            [Bureau, School],
            new ReviewChain([new ReviewSection { Id = 7, Name = "业务股室", Sequence = 1 }]));
        var print = new SummaryPrint(table, MoneyUnit.TenThousandYuan, "预算年度：2026年", "系统管理员（admin）", "2026-12-04 16:00", new DateTime(2026, 12, 4, 8, 0, 0, DateTimeKind.Utc));

        using var book = Written(print);

        var sheet = book.Sheet(SummaryWorkbook.SheetName);
        book.Text("汇总表", "A1").ShouldBe(SummaryPrint.Title);
        book.Text("汇总表", "A3").ShouldBe("年度 / 单位");
        book.Text("汇总表", "B3").ShouldBe("申报份数");
        book.Text("汇总表", "B4").ShouldBe("合计");
        var rows = Enumerable.Range(5, 4).Select(r => book.Text("汇总表", $"A{r}")).ToList();
        rows.ShouldBe(["合计", "　2026年 小计", "　　教育局 小计", "　　　教育局"]);
        book.Text("汇总表", "A9").ShouldBe("　　　第一中学");
        var annual = Column(book, "年度资金");
        // 1,123,456.78 元 = 112.345678 万元, kept whole, the 万元 format showing its decimals.
        book.Cell("汇总表", $"{annual}5").CellValue!.Text.ShouldBe("112.345678");
        book.Cell("汇总表", $"{annual}9").CellValue!.Text.ShouldBe("12.345678");
        book.Cell("汇总表", $"{annual}8").CellValue!.Text.ShouldBe("100");
        book.Format("汇总表", "A5").FontId!.Value.ShouldNotBe(book.Format("汇总表", "A8").FontId!.Value);
        sheet.Descendants<MergeCell>().Select(m => m.Reference!.Value).ShouldContain("A3:A4");
        sheet.Descendants<PageSetup>().Single().Orientation!.Value.ShouldBe(OrientationValues.Landscape);
        sheet.Descendants<OddFooter>().Single().Text.ShouldContain("生成人：系统管理员（admin）");
    }

    private static CountedDeclaration Filed(Department department, decimal annual) =>
        new(2026, department.Id, FilingState.Draft, null, new FundingSplit { Total = annual, Fiscal = annual }, null, 3, 2, new ProblemCount(0, 1));

    private static WrittenWorkbook Written(SummaryPrint print)
    {
        var stream = new MemoryStream();
        SummaryWorkbook.Export(stream, print);
        return WrittenWorkbook.Open(stream);
    }

    /// <summary>The column letter of the first column under a group in row 3.</summary>
    private static string Column(WrittenWorkbook book, string group) =>
        new string(book.Sheet("汇总表").Descendants<Cell>().First(c => c.InlineString?.InnerText == group).CellReference!.Value!.TakeWhile(char.IsLetter).ToArray());
}
