using System.Text.RegularExpressions;
using PerfTargets.Core.Printing;
using PerfTargets.Pdf.Composition.Fluent;
using PerfTargets.Pdf.Layouts;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace PerfTargets.Pdf.Tests.Layouts;

/// <summary>
/// A round's batch (批量打印): 目录 grouped by department with the page of each department and project,
/// each department's name above its first form, every page numbered out of the whole, and each form's
/// print loaded only when its pages are composed.
/// </summary>
public partial class RoundLayoutTests
{
    /// <summary>The eleven seeds under the codes of their departments, as the desk orders them; a form's id is the seed's place.</summary>
    private static RoundPrint Round() => new("2023年项目支出绩效目标申报", 2023, "已批复",
        [.. SeedPrints.All.Select((seed, id) => (Print: SeedPrints.Print(seed), Id: id))
            .GroupBy(s => (s.Print.DepartmentName, s.Print.DepartmentCode))
            .OrderBy(g => g.Key.DepartmentCode, StringComparer.Ordinal)
            .Select(g => new BatchDepartment(g.Key.DepartmentName, g.Key.DepartmentCode!, [.. g.Select(s => new BatchForm(s.Id, s.Print.Declaration.ProjectName))]))]);

    private static DeclarationPrint Load(int id) => SeedPrints.Print(SeedPrints.All[id]);

    private static byte[] Render(RoundPrint round, string layout = "national")
    {
        var pdf = SharedFonts.Render(new RoundLayout(round, Load, LayoutCatalog.Find(layout)!.Create));
        RenderedPages.Save($"round-{layout}", pdf);
        return pdf;
    }

    [Fact]
    public void The_contents_list_each_department_then_its_projects_numbered_with_the_pages_where_they_start()
    {
        var round = Round();
        using var document = PdfDocument.Open(Render(round));
        var contents = ContentsLines(document.GetPage(1));

        var expected = round.Departments.SelectMany(d => d.Forms.Select((f, i) => BatchParts.ProjectTitle(i + 1, f.ProjectName)).Prepend(d.Heading)).ToList();
        contents.Select(c => c.Text).ShouldBe(expected);
        foreach (var (department, form, number) in round.Departments.SelectMany(d => d.Forms.Select((f, i) => (d, f, i + 1))))
        {
            var title = BatchParts.ProjectTitle(number, form.ProjectName);
            var page = contents.Single(c => c.Text == title).Page;
            PrintedPdf.Text(document.GetPage(page)).ShouldStartWith(PrintedPdf.Squeeze(number == 1 ? department.Heading + title : title), customMessage: title);
            if (number == 1)
            {
                contents.Single(c => c.Text == department.Heading).Page.ShouldBe(page);
            }
        }
    }

    [Fact]
    public void Each_department_heading_prints_once_in_the_contents_and_once_above_its_first_form()
    {
        var round = Round();
        using var document = PdfDocument.Open(Render(round, "budget"));
        var text = PrintedPdf.Text(document);

        round.Departments.Count.ShouldBe(5);
        foreach (var department in round.Departments)
        {
            PrintedPdf.Occurrences(text, PrintedPdf.Squeeze(department.Heading)).ShouldBe(2, department.Heading);
        }

        text.ShouldContain("2023年项目支出绩效目标申报2023年度项目支出绩效目标已批复申报表5个单位11份目录");
    }

    [Fact]
    public void The_batch_has_the_pages_of_its_forms_printed_alone_under_their_headings_and_one_for_the_contents_each_numbered_out_of_the_whole()
    {
        var round = Round();
        var alone = round.Departments.SelectMany(d => d.Forms.Select((f, i) => BatchParts.Entry(Load(f.DeclarationId), i == 0 ? d.Heading : null, i + 1, f.ProjectName, "form")))
            .Sum(print => PageCount(SharedFonts.Render(new NationalLayout(print))));
        using var document = PdfDocument.Open(Render(round));

        document.NumberOfPages.ShouldBe(alone + 1);
        foreach (var page in document.GetPages())
        {
            PageNumber().Match(PrintedPdf.Text(page)).Value.ShouldBe($"第{page.Number}页共{document.NumberOfPages}页");
        }
    }

    [Fact]
    public void A_form_is_loaded_when_its_pages_are_composed_once_a_pass_and_not_before()
    {
        var loads = new List<int>();
        var round = Round();
        var layout = new RoundLayout(round, id =>
        {
            loads.Add(id);
            return Load(id);
        }, p => new NationalLayout(p));

        layout.Compose(new DocumentContainer());
        loads.ShouldBeEmpty();

        SharedFonts.Render(layout);
        var order = round.Departments.SelectMany(d => d.Forms.Select(f => f.DeclarationId)).ToList();
        // The survey of characters, the counting pass for the contents' page numbers, the drawing pass.
        loads.ShouldBe([.. order, .. order, .. order]);
    }

    [Fact]
    public void A_department_without_forms_has_no_part()
    {
        var round = Round();
        var withEmpty = round with { Departments = [new BatchDepartment("无申报单位", "999999", []), .. round.Departments] };
        using var document = PdfDocument.Open(SharedFonts.Render(new RoundLayout(withEmpty, Load, p => new NationalLayout(p))));

        PrintedPdf.Text(document).ShouldNotContain("无申报单位");
        PrintedPdf.Text(document.GetPage(1)).ShouldContain("5个单位11份");
    }

    /// <summary>
    /// The contents page's lines, each as its text (white space left out) and the page number printed
    /// at its right, told apart by where their letters stand.
    /// </summary>
    private static List<(string Text, int Page)> ContentsLines(Page page)
    {
        var numbersFrom = page.Width - 56 - 40;
        var lines = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value))
            .GroupBy(l => Math.Round(l.StartBaseLine.Y))
            .OrderByDescending(g => g.Key)
            .Select(g => g.OrderBy(l => l.StartBaseLine.X).ToList())
            .SkipWhile(line => string.Concat(line.Select(l => l.Value)) != "目录")
            .Skip(1)
            .Where(line => line[^1].StartBaseLine.X >= numbersFrom && line[0].StartBaseLine.X < numbersFrom);
        return [.. lines.Select(line => (
            string.Concat(line.Where(l => l.StartBaseLine.X < numbersFrom).Select(l => l.Value)),
            int.Parse(string.Concat(line.Where(l => l.StartBaseLine.X >= numbersFrom).Select(l => l.Value)), System.Globalization.CultureInfo.InvariantCulture)))];
    }

    private static int PageCount(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.NumberOfPages;
    }

    [GeneratedRegex(@"第\d+页共\d+页")]
    private static partial Regex PageNumber();
}
