using PerfTargets.Core.Declarations;
using PerfTargets.Core.Printing;
using PerfTargets.Core.Taxonomy;
using PerfTargets.Pdf.Layouts;
using UglyToad.PdfPig;

namespace PerfTargets.Pdf.Tests.Layouts;

/// <summary>The 一级 and 二级 cells of every layout's indicator grid, filled with the standard frameworks' names.</summary>
public class IndicatorLabelTests
{
    public static TheoryData<string, string> LayoutsAndFrameworks()
    {
        var data = new TheoryData<string, string>();
        foreach (var layout in LayoutCatalog.All)
        {
            foreach (var framework in StandardFrameworks.Create())
            {
                data.Add(layout.Key, framework.Code);
            }
        }

        return data;
    }

    /// <summary>Seed 001's declaration with one indicator under each of the framework's 二级, named 第1项 … so that no name repeats another.</summary>
    private static DeclarationPrint WithFramework(string framework)
    {
        var print = SeedPrints.Print(SeedPrints.All.Single(s => SeedPrints.Key(s) == "001-1"));
        var declaration = TestDeclarations.Copy(print.Declaration);
        var pairs = StandardFrameworks.Create().Single(f => f.Code == framework).Level1s
            .SelectMany(l1 => l1.Level2s.Select(l2 => (Level1: l1.Name, Level2: l2.Name))).ToList();
        declaration.Indicators = [.. pairs.Select((p, i) => new Indicator
        {
            Sequence = i + 1,
            Level1 = p.Level1,
            Level2 = p.Level2,
            Name = $"第{i + 1}项",
            Annual = new IndicatorTarget { Text = "达标" },
            MidTerm = new IndicatorTarget { Text = "达标" },
        })];
        return print with { Declaration = declaration };
    }

    [Theory]
    [MemberData(nameof(LayoutsAndFrameworks))]
    public void A_standard_level_1_name_prints_on_one_line_and_a_level_2_name_on_two_broken_between_words(string layout, string framework)
    {
        var print = WithFramework(framework);
        var pdf = SharedFonts.Render(LayoutCatalog.Find(layout)!.Create(print));
        RenderedPages.Save($"labels-{layout}-{framework}", pdf);

        PrintedPdf.LettersLieWithinTheirPages(pdf);
        using var document = PdfDocument.Open(pdf);
        var tree = IndicatorTree.Build(print.Declaration.Indicators);
        foreach (var level1 in tree.Level1s)
        {
            // The 一级 cell is drawn before its 二级 cells, so the first 满意度指标 is the 一级's, not 服务对象满意度指标's end.
            PrintedPdf.PrintedLines(document, level1.Name).ShouldBe([level1.Name], $"一级「{level1.Name}」");
            foreach (var level2 in level1.Level2s)
            {
                var lines = PrintedPdf.PrintedLines(document, level2.Name);
                lines.Count.ShouldBeLessThanOrEqualTo(2, $"二级「{level2.Name}」印成 {string.Join('/', lines)}");
                lines.ShouldAllBe(l => l.Length > 1, $"二级「{level2.Name}」印成 {string.Join('/', lines)}");
                string.Concat(lines).ShouldBe(level2.Name);
            }
        }

        if (tree.Level1s.SelectMany(l => l.Level2s).Any(l => l.Name == "服务对象满意度指标"))
        {
            PrintedPdf.PrintedLines(document, "服务对象满意度指标").ShouldBe(["服务对象", "满意度指标"]);
        }
    }
}
