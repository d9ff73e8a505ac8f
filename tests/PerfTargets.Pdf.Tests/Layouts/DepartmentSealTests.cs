using PerfTargets.Core.Money;
using PerfTargets.Core.Verification;
using PerfTargets.Pdf.Layouts;
using PerfTargets.Pdf.Seals;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;

namespace PerfTargets.Pdf.Tests.Layouts;

/// <summary>Where each layout presses the department's seal on an approved declaration's first page.</summary>
public class DepartmentSealTests
{
    public static TheoryData<string, string> LayoutsAndSeeds()
    {
        var data = new TheoryData<string, string>();
        foreach (var layout in LayoutCatalog.All)
        {
            foreach (var seed in new[] { "001-1", "003-1", "004-1" })
            {
                data.Add(layout.Key, seed);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LayoutsAndSeeds))]
    public void The_department_seal_covers_the_filer_line_and_neither_the_title_nor_any_value(string layout, string key)
    {
        var seed = SeedPrints.Print(SeedPrints.All.Single(s => SeedPrints.Key(s) == key));
        var print = seed with
        {
            VersionNumber = 1,
            DepartmentSeal = StandardSeal.Draw(seed.DepartmentName, null),
            Reviews = [new("主管部门", "同意。", "张三", new DateOnly(2023, 1, 5), StandardSeal.Draw("财政局", "业务科室")), new("绩效科")],
            Verification = new ApprovalMark(1, new string('c', 64), null, new Uri("https://example.org/v/3")),
        };
        var pdf = SharedFonts.Render(LayoutCatalog.Find(layout)!.Create(print));
        RenderedPages.Save($"sealed-{layout}-{key}", pdf);

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        // The department's seal is the first page's highest image; a review box's seal stands lower.
        var seal = page.GetImages().Select(i => i.BoundingBox).OrderByDescending(b => b.Top).First();
        var unit = PrintedPdf.Letters(page, $"单位：{print.Declaration.MoneyUnit.Label()}");
        var filerBaseline = unit[0].StartBaseLine.Y;
        var covered = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) && Intersects(l.BoundingBox, seal)).ToList();
        covered.ShouldNotBeEmpty("the seal is pressed over the unit's name");
        covered.Where(l => Math.Abs(l.StartBaseLine.Y - filerBaseline) > 0.5).Select(l => l.Value).ShouldBeEmpty("the seal covers only the 填报单位 line");
    }

    private static bool Intersects(PdfRectangle a, PdfRectangle b) =>
        a.Left < b.Right && b.Left < a.Right && a.Bottom < b.Top && b.Bottom < a.Top;
}
