using DocumentFormat.OpenXml.Spreadsheet;
using PerfTargets.Core.Money;
using PerfTargets.Sheets.Writing;
using CellStyle = PerfTargets.Sheets.Writing.CellStyle;

namespace PerfTargets.Sheets.Tests.Writing;

public class WorkbookWriterTests
{
    private static readonly SheetSetup Form = new()
    {
        ColumnWidths = [10, 20, 14],
        RepeatedRows = (1, 2),
        Footer = new HeaderFooterText("第 2 版 & 哈希", HeaderFooterText.PageOfPages),
        FrozenRows = 2,
    };

    private static WrittenWorkbook Sample() => WrittenWorkbook.Write(
        new WorkbookInfo
        {
            Title = "网络安全和信息化工作经费（2022年度）项目支出绩效目标申报表",
            Creator = "中共宿州市委网络安全和信息化委员会办公室",
            Subject = "项目支出绩效目标申报表",
            Keywords = "绩效目标",
            Custom = [new("版本号", "2"), new("内容哈希", "ab12")],
        },
        workbook =>
        {
            var sheet = workbook.AddSheet("申报表", Form);
            sheet.WriteRow([SheetCell.Of("项目支出绩效目标申报表", CellStyle.Title), SheetCell.Empty(), SheetCell.Empty()], height: 30);
            sheet.Merge(new CellReference(1, 1), new CellReference(1, 3));
            sheet.WriteRow([SheetCell.Of("项目资金", CellStyle.Label), SheetCell.Of(3_600_000m / 10_000m, AmountStyles.Money(MoneyUnit.TenThousandYuan, 3_600_000m)),
                SheetCell.Of(1_234.5m, AmountStyles.Money(MoneyUnit.Yuan, 1_234.5m))]);
            sheet.WriteRow([SheetCell.Of(new DateOnly(2022, 3, 31)), SheetCell.Of(0.1562m, CellStyle.MoneyTenThousandYuan), SheetCell.Empty(CellStyle.BorderedText)]);
            workbook.AddSheet("指标明细", new SheetSetup { Orientation = PageOrientation.Landscape, FitToWidth = false }).WriteRow([SheetCell.Of("一级指标", CellStyle.TableHeader)]);
        });

    [Fact]
    public void Cells_hold_text_numbers_and_dates_each_in_its_named_style()
    {
        using var book = Sample();

        book.Text("申报表", "A1").ShouldBe("项目支出绩效目标申报表");
        book.Format("申报表", "A1").Alignment!.Horizontal!.Value.ShouldBe(HorizontalAlignmentValues.Center);
        book.Cell("申报表", "B2").CellValue!.Text.ShouldBe("360");
        book.Cell("申报表", "B2").DataType.ShouldBeNull(); // a number, not text
        book.Format("申报表", "B2").NumberFormatId!.Value.ShouldBe(3u); // #,##0: whole 万元 without a trailing point
        book.Cell("申报表", "C2").CellValue!.Text.ShouldBe("1234.5");
        book.NumberFormatCode("申报表", "C2").ShouldBe("#,##0.00");
        book.NumberFormatCode("申报表", "B3").ShouldBe("#,##0.######");
        DateTime.FromOADate(double.Parse(book.Cell("申报表", "A3").CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(new DateTime(2022, 3, 31));
        book.NumberFormatCode("申报表", "A3").ShouldBe("yyyy-mm-dd");
        book.Format("申报表", "C3").BorderId!.Value.ShouldBe(1u); // an empty cell still draws its border
        book.Format("申报表", "A2").FontId!.Value.ShouldNotBe(book.Format("申报表", "B2").FontId!.Value); // a label is bold
    }

    [Fact]
    public void Merges_print_setup_and_frozen_rows_are_written_as_set()
    {
        using var book = Sample();
        var sheet = book.Sheet("申报表");

        sheet.Descendants<MergeCell>().Select(m => m.Reference!.Value).ShouldBe(["A1:C1"]);
        sheet.Descendants<Column>().Select(c => c.Width!.Value).ShouldBe([10d, 20d, 14d]);
        sheet.Descendants<Row>().First().Height!.Value.ShouldBe(30d);
        var setup = sheet.Descendants<PageSetup>().Single();
        setup.PaperSize!.Value.ShouldBe(9u); // A4
        setup.Orientation!.Value.ShouldBe(OrientationValues.Portrait);
        setup.FitToWidth!.Value.ShouldBe(1u);
        setup.FitToHeight!.Value.ShouldBe(0u);
        sheet.Descendants<PageSetupProperties>().Single().FitToPage!.Value.ShouldBeTrue();
        sheet.Descendants<OddFooter>().Single().Text.ShouldBe("&L第 2 版 && 哈希&C第 &P 页 共 &N 页");
        sheet.Descendants<Pane>().Single().TopLeftCell!.Value.ShouldBe("A3");
        book.Document.WorkbookPart!.Workbook.DefinedNames!.Elements<DefinedName>()
            .Single(n => n.Name == "_xlnm.Print_Titles").Text.ShouldBe("'申报表'!$1:$2");
        book.Sheet("指标明细").Descendants<PageSetup>().Single().Orientation!.Value.ShouldBe(OrientationValues.Landscape);
    }

    [Fact]
    public void The_document_properties_carry_title_creator_and_the_custom_properties()
    {
        using var book = Sample();

        book.Document.PackageProperties.Title.ShouldBe("网络安全和信息化工作经费（2022年度）项目支出绩效目标申报表");
        book.Document.PackageProperties.Creator.ShouldBe("中共宿州市委网络安全和信息化委员会办公室");
        book.Document.PackageProperties.Keywords.ShouldBe("绩效目标");
        var custom = book.Document.CustomFilePropertiesPart!.Properties.Elements<DocumentFormat.OpenXml.CustomProperties.CustomDocumentProperty>()
            .ToDictionary(p => p.Name!.Value!, p => p.InnerText);
        custom["版本号"].ShouldBe("2");
        custom["内容哈希"].ShouldBe("ab12");
    }

    [Fact]
    public void An_autofilter_covers_its_range_and_names_it_for_the_filter()
    {
        using var book = WrittenWorkbook.Write(new WorkbookInfo(), workbook =>
        {
            var sheet = workbook.AddSheet("指标明细", new SheetSetup());
            sheet.WriteRow([SheetCell.Of("一级指标", CellStyle.TableHeader), SheetCell.Of("三级指标", CellStyle.TableHeader)]);
            sheet.WriteRow([SheetCell.Of("产出指标", CellStyle.BorderedText), SheetCell.Of("受益人数", CellStyle.BorderedText)]);
            sheet.SetAutoFilter(new CellReference(1, 1), new CellReference(2, 2));
        });

        book.Sheet("指标明细").Descendants<AutoFilter>().Single().Reference!.Value.ShouldBe("A1:B2");
        book.Document.WorkbookPart!.Workbook.DefinedNames!.Elements<DefinedName>().Single().Name!.Value.ShouldBe("_xlnm._FilterDatabase");
    }

    [Fact]
    public void Ten_thousand_rows_are_streamed_into_the_sheet()
    {
        using var book = WrittenWorkbook.Write(new WorkbookInfo(), workbook =>
        {
            var sheet = workbook.AddSheet("申报表清单", new SheetSetup { FrozenRows = 1 });
            sheet.WriteRow([SheetCell.Of("项目名称", CellStyle.TableHeader), SheetCell.Of("年度资金", CellStyle.TableHeader)]);
            for (var i = 1; i <= 10_000; i++)
            {
                sheet.WriteRow([SheetCell.Of($"项目 {i}", CellStyle.BorderedText), SheetCell.Of(i * 1_000.5m, CellStyle.MoneyYuan)]);
            }
        });

        var rows = book.Sheet("申报表清单").Descendants<Row>().ToList();
        rows.Count.ShouldBe(10_001);
        rows[^1].RowIndex!.Value.ShouldBe(10_001u);
        book.Cell("申报表清单", "B10001").CellValue!.Text.ShouldBe("10005000.0");
    }

    [Fact]
    public void Control_characters_and_bad_sheet_names_do_not_make_a_broken_file()
    {
        using var book = WrittenWorkbook.Write(new WorkbookInfo(), workbook =>
            workbook.AddSheet("表", new SheetSetup()).WriteRow([SheetCell.Of("甲\u0007乙\n丙")]));
        book.Text("表", "A1").ShouldBe("甲乙\n丙");

        using var stream = new MemoryStream();
        using var writer = WorkbookWriter.Create(stream, new WorkbookInfo());
        Should.Throw<ArgumentException>(() => writer.AddSheet("a/b", new SheetSetup()));
        Should.Throw<ArgumentException>(() => writer.AddSheet(new string('长', 32), new SheetSetup()));
    }
}
