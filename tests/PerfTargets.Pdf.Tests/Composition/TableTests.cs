using System.Globalization;
using PerfTargets.Pdf.Composition.Fluent;
using PerfTargets.Pdf.Composition.Text;
using UglyToad.PdfPig;

namespace PerfTargets.Pdf.Tests.Composition;

public class TableTests
{
    private static byte[] Render(Action<IContainer> content, string name)
    {
        var pdf = SharedFonts.Render(new TestDocument(content));
        Layouts.RenderedPages.Save(name, pdf);
        return pdf;
    }

    private static string Numbered(int i) => "第" + i.ToString("000", CultureInfo.InvariantCulture) + "行";

    [Fact]
    public void A_long_table_continues_on_the_next_pages_with_its_header_repeated_and_its_rows_in_order()
    {
        var pdf = Render(c => c.Table(t =>
        {
            t.ConstantColumn(80);
            t.RelativeColumn();
            t.HeaderCell().Border().Padding(3).Text("编号");
            t.HeaderCell().Border().Padding(3).Text("内容");
            for (var i = 1; i <= 120; i++)
            {
                t.Cell().Border().Padding(3).Text(Numbered(i));
                t.Cell().Border().Padding(3).Text("内容文字");
            }
        }), "table-long");

        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().ToList();
        var text = PrintedPdf.Text(document);
        pages.Count.ShouldBeGreaterThan(2);
        pages.Select(p => PrintedPdf.Occurrences(p, "编号")).ShouldAllBe(n => n == 1);
        var order = Enumerable.Range(1, 120).Select(i => text.IndexOf(Numbered(i), StringComparison.Ordinal)).ToList();
        order.ShouldAllBe(at => at >= 0);
        order.ShouldBe(order.Order().ToList());
        PrintedPdf.Text(pages[^1]).ShouldContain($"第{pages.Count}页共{pages.Count}页");
    }

    [Fact]
    public void A_spanned_label_cut_by_a_page_break_is_carried_onto_the_next_page()
    {
        var pdf = Render(c => c.Table(t =>
        {
            t.ConstantColumn(60);
            t.RelativeColumn();
            t.Cell().Row(1).Column(1).RowSpan(90).Border().Padding(3).AlignMiddle().Text("产出指标");
            for (var i = 1; i <= 90; i++)
            {
                t.Cell().Row(i).Column(2).Border().Padding(3).Text(Numbered(i));
            }
        }), "table-carried");

        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().ToList();
        pages.Count.ShouldBeGreaterThan(1);
        pages.Select(p => PrintedPdf.Occurrences(p, "产出指标")).ShouldAllBe(n => n == 1);
    }

    [Fact]
    public void A_row_taller_than_a_page_is_split_at_the_page_foot_with_its_label_on_each_part_and_loses_no_character()
    {
        var longText = string.Concat(Enumerable.Repeat("绩效目标申报内容测试文字。", 400));
        var pdf = Render(c => c.Table(t =>
        {
            t.ConstantColumn(60);
            t.RelativeColumn();
            t.Cell().Border().Padding(3).Text("项目名称");
            t.Cell().Border().Padding(3).Text("短行");
            t.Cell().Border().Padding(3).Text("项目概况");
            t.Cell().Border().Padding(3).Text(longText);
            t.Cell().Border().Padding(3).Text("下一行");
            t.Cell().Border().Padding(3).Text("完");
        }), "table-split-row");

        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().ToList();
        var text = PrintedPdf.Text(document);
        pages.Count.ShouldBeGreaterThan(2);
        text.Count(ch => ch == '。').ShouldBe(400);
        // Cut at the first page's foot, not moved whole to the next, and its label beside every part.
        PrintedPdf.Text(pages[0]).ShouldContain("绩效目标申报内容");
        pages.Select(p => PrintedPdf.Occurrences(p, "项目概况")).ShouldAllBe(n => n == 1);
        text.ShouldContain("下一行");
        PrintedPdf.LettersLieWithinTheirPages(document);
    }

    [Fact]
    public void Every_letter_of_a_cell_lies_inside_its_column()
    {
        var pdf = Render(c => c.Table(t =>
        {
            t.ConstantColumn(100);
            t.ConstantColumn(100);
            t.Cell().Border().Padding(3).Text("左栏文字会换行并且很长很长很长很长");
            t.Cell().Border().Padding(3).Text("右侧 Latin words wrap at spaces inside");
        }), "table-cells");

        using var document = PdfDocument.Open(pdf);
        var letters = document.GetPage(1).Letters;
        const double left = 40, middle = 140, right = 240;
        var firstText = letters.Where(l => "左栏文字会换行并且很长".Contains(l.Value, StringComparison.Ordinal)).ToList();
        firstText.ShouldNotBeEmpty();
        firstText.ShouldAllBe(l => l.BoundingBox.Left >= left && l.BoundingBox.Right <= middle);
        var second = letters.Where(l => "右侧Latinwordsspaces".Contains(l.Value, StringComparison.Ordinal)).ToList();
        second.ShouldAllBe(l => l.BoundingBox.Left >= middle && l.BoundingBox.Right <= right);
    }

    [Fact]
    public void Emoji_rare_characters_and_control_characters_print_or_are_left_out_without_failing()
    {
        var pdf = Render(c => c.Column(col =>
        {
            col.Item().Text("表情😀生僻𠀀控制\u0001\u001F字符\u200D结束", new TextStyle(12, Bold: true));
            col.Item().Text(new string('长', 3000), new TextStyle(9));
        }), "text-unusual");

        using var document = PdfDocument.Open(pdf);
        var text = PrintedPdf.Text(document);
        text.ShouldContain("控制字符");
        text.ShouldContain("结束");
        PrintedPdf.LettersLieWithinTheirPages(document);
    }

    [Theory]
    [InlineData("3,309,840.00", 48)]
    [InlineData("2023.07-2024.01", 72)]
    public void A_number_in_a_narrow_cell_prints_on_one_line_in_smaller_type_inside_its_cell(string value, float column)
    {
        var (document, letters) = NarrowCell(value, column);
        using (document)
        {
            PrintedPdf.PrintedLines(document, value).ShouldBe([value]);
            letters.ShouldAllBe(l => l.PointSize < 9.5 && l.PointSize >= 6.5);
            PrintedPdf.Letters(document.GetPage(1), "金额").ShouldAllBe(l => Math.Abs(l.PointSize - 9.5) < 0.01);
        }
    }

    [Fact]
    public void A_date_range_too_wide_for_its_cell_even_in_small_type_breaks_between_its_ends()
    {
        var (document, _) = NarrowCell("2023.07-2024.01", 48);
        using (document)
        {
            PrintedPdf.PrintedLines(document, "2023.07-2024.01").ShouldBe(["2023.07-", "2024.01"]);
        }
    }

    /// <summary>A label and <paramref name="value"/> in a cell <paramref name="column"/> points wide; the value's letters lie inside its cell.</summary>
    private static (PdfDocument Document, IReadOnlyList<UglyToad.PdfPig.Content.Letter> Letters) NarrowCell(string value, float column)
    {
        var body = new TextStyle(9.5f);
        var pdf = Render(c => c.Table(t =>
        {
            t.ConstantColumn(60);
            t.ConstantColumn(column);
            t.Cell().Border().Padding(3).Text("金额", body);
            t.Cell().Border().Padding(3).Text(value, body);
        }), $"table-narrow-{column}");

        var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var letters = PrintedPdf.Letters(page, value);
        var cell = PrintedPdf.CellAround(page, PrintedPdf.Box(letters));
        letters.ShouldAllBe(l => PrintedPdf.Inside(l, cell, 0.5));
        return (document, letters);
    }

    [Fact]
    public void A_one_page_document_embeds_only_the_glyphs_it_uses()
    {
        var pdf = Render(c => c.Text("项目支出绩效目标申报表", FormStyleForTests.Title), "small");
        pdf.Length.ShouldBeLessThan(30_000);
    }
}

internal static class FormStyleForTests
{
    public static TextStyle Title { get; } = new(18, Bold: true);
}
