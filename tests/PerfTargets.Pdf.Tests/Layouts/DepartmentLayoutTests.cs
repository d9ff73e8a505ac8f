using System.Text.RegularExpressions;
using PerfTargets.Pdf.Layouts;
using UglyToad.PdfPig;

namespace PerfTargets.Pdf.Tests.Layouts;

/// <summary>A department's 绩效目标 document as seed 004 prints it: contents, 第一部分, then the numbered project forms.</summary>
public partial class DepartmentLayoutTests
{
    private const string Shanhaiguan = "224002";

    private static byte[] Document(bool withProjects, string layout = "budget")
    {
        var seeds = SeedPrints.All.Where(s => s.DepartmentCode == Shanhaiguan).ToList();
        var first = SeedPrints.Print(seeds[0]);
        var print = new DepartmentPrint(first.DepartmentName, first.DepartmentCode, 2023, SeedPrints.Goal(Shanhaiguan, 2023),
            withProjects ? [.. seeds.Select(SeedPrints.Print)] : []);
        var pdf = SharedFonts.Render(new DepartmentLayout(print, LayoutCatalog.Find(layout)!.Create));
        RenderedPages.Save($"department-{layout}-{(withProjects ? "projects" : "none")}", pdf);
        return pdf;
    }

    [Fact]
    public void Each_project_title_prints_once_as_its_heading_and_once_in_the_contents()
    {
        using var document = PdfDocument.Open(Document(withProjects: true));
        var text = PrintedPdf.Text(document);
        foreach (var (project, number) in new[] { ("网络舆情综合管理", 1), ("网络阵地建设和内容管理", 2) })
        {
            PrintedPdf.Occurrences(text, $"{project}绩效目标表").ShouldBe(2, project);
            PrintedPdf.Occurrences(text, $"{number}、{project}绩效目标表").ShouldBe(2, project);
        }

        PrintedPdf.Occurrences(text, "第二部分预算项目绩效目标").ShouldBe(2);
    }

    [Theory]
    [InlineData("budget")]
    [InlineData("national")]
    public void Every_page_numbers_itself_alike_out_of_the_whole_document(string layout)
    {
        using var document = PdfDocument.Open(Document(withProjects: true, layout));
        var pages = document.GetPages().ToList();
        pages.Count.ShouldBeGreaterThan(3);
        foreach (var page in pages)
        {
            var numbers = PageNumber().Matches(PrintedPdf.Text(page));
            numbers.Count.ShouldBe(1, $"第 {page.Number} 页");
            numbers[0].Value.ShouldBe($"第{page.Number}页共{pages.Count}页");
        }
    }

    [GeneratedRegex(@"第\d+页共\d+页")]
    private static partial Regex PageNumber();

    [Fact]
    public void The_duty_filed_as_the_sub_heading_prints_as_it_once()
    {
        using var document = PdfDocument.Open(Document(withProjects: false));
        var text = PrintedPdf.Text(document);
        PrintedPdf.Occurrences(text, "主要职责分类绩效目标情况说明").ShouldBe(1);
        text.ShouldContain("网信办主要职责分类绩效目标情况说明本年度山海关区委网信办");
    }

    [Fact]
    public void Without_projects_the_contents_list_no_second_part()
    {
        using var document = PdfDocument.Open(Document(withProjects: false));
        var text = PrintedPdf.Text(document);
        text.ShouldContain("第一部分部门整体绩效目标");
        text.ShouldNotContain("第二部分");
        document.NumberOfPages.ShouldBe(2);
    }
}
