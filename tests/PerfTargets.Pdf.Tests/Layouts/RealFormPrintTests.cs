using System.Text.Json;
using System.Text.Json.Nodes;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Departments;
using PerfTargets.Core.Printing;
using PerfTargets.Core.Taxonomy;
using PerfTargets.Pdf.Composition;
using PerfTargets.Pdf.Layouts;
using UglyToad.PdfPig;

namespace PerfTargets.Pdf.Tests.Layouts;

/// <summary>
/// The published forms transcribed in tests/RealForms, each printed in the layout nearest its paper
/// (<see cref="Forms"/>), read back: the project, every 三级 once with its target as written, the
/// weights and 总分 of the scored form, and no 中期 / 长期 part on the annual-only ones.
/// </summary>
public class RealFormPrintTests
{
    /// <summary>What the API document holds that is not the declaration's: who filed it and its state.</summary>
    private static readonly string[] NotDeclarationMembers = ["frameworkCode", "departmentCode", "departmentName", "workflow", "version"];

    /// <summary>A form: its folder's number, the layout nearest its paper and why, the unit that filed it, its pages.</summary>
    public sealed record Form(string Number, string Layout, string FilingUnit, int Pages);

    /// <summary>
    /// The mapping. 88号-style transfer-fund and project forms (年度资金 and 一级/二级/三级/指标值, 长期 beside
    /// 年度 on 02 and 08) → national; 04 and 05 add 备注 and three 审核意见 boxes with (盖章) → the review
    /// layout, which has both; 03's 绩效评价指标表 with 指标说明 and 分值 → attribute columns.
    /// </summary>
    public static readonly Form[] Forms =
    [
        new("01", "national", "青山区教育局", 1),
        new("02", "national", "武汉市青山区教育局", 1),
        new("03", "attribute", "宁晋县教育局", 2),
        new("04", "review", "南岳镇政府", 2),
        new("05", "review", "南岳镇人民政府", 2),
        new("06", "national", "岳阳县农业农村局", 1),
        new("07", "national", "同心县下马关镇人民政府", 1),
        new("08", "national", "武汉市青山区科学技术和经济信息化局", 1),
    ];

    public static TheoryData<string> Numbers => [.. Forms.Select(f => f.Number)];

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Every_real_form_prints_its_project_and_every_indicator_once_with_its_target_as_written(string number)
    {
        var form = Forms.Single(f => f.Number == number);
        var (print, folder) = Load(form);
        var pdf = SharedFonts.Render(Layout(form, print));
        RenderedPages.Save($"real-{folder}", pdf);

        using (var document = PdfDocument.Open(pdf))
        {
            document.NumberOfPages.ShouldBe(form.Pages);
        }

        PrintedPdf.LettersLieWithinTheirPages(pdf);
        var text = PrintedPdf.Content(pdf);
        var declaration = print.Declaration;
        text.ShouldRead(PrintedPdf.Squeeze(declaration.ProjectName));
        foreach (var indicator in declaration.Indicators)
        {
            // Twice on a form with 中期 targets in the national layout (中期 and 年度 halves), else once.
            var times = form.Layout == "national" && declaration.HasMidTermTargets ? 2 : 1;
            PrintedPdf.Occurrences(text, PrintedPdf.Squeeze(indicator.Name)).ShouldBeGreaterThanOrEqualTo(times, indicator.Name);
            text.ShouldRead(PrintedPdf.Squeeze(indicator.Name + Written(form, indicator)));
        }

        if (!declaration.HasMidTerm)
        {
            text.ShouldNotContain("中期");
            text.ShouldNotContain("长期");
        }
    }

    [Fact]
    public void The_scored_form_prints_each_weight_on_its_indicators_row_and_the_total()
    {
        var text = PrintedContent("03");

        text.ShouldRead("分值");
        // 规章制度建立与否 has no target: its row runs on from the name to 定性指标 and its 20 points.
        text.ShouldRead("规章制度建立与否定性指标20");
        text.ShouldRead("享受资助人数2100定量指标达到预计值10");
        text.ShouldRead("总分100");
    }

    [Fact]
    public void Values_without_a_comparator_print_as_the_paper_writes_them()
    {
        var text = PrintedContent("08");

        text.ShouldRead("新增高新技术企业15");
        text.ShouldRead("高企资格有效3年");
        text.ShouldNotContain("=15");
    }

    /// <summary>What the form numbered <paramref name="number"/> prints, in drawing order, without white space.</summary>
    private static string PrintedContent(string number)
    {
        var form = Forms.Single(f => f.Number == number);
        return PrintedPdf.Content(SharedFonts.Render(Layout(form, Load(form).Print)));
    }

    /// <summary>The target as the layout writes it after the name: the whole of it, or in the attribute layout the bare value.</summary>
    private static string Written(Form form, Indicator indicator) => form.Layout == "attribute"
        ? indicator.Annual.Value?.ToString("0.##########", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty
        : Core.Printing.IndicatorGrid.Target(indicator, indicator.Annual);

    private static IDocument Layout(Form form, DeclarationPrint print) => form.Layout switch
    {
        "national" => new NationalLayout(print),
        "review" => new DetailedReviewLayout(print),
        "attribute" => new AttributeColumnsLayout(print),
        _ => throw new ArgumentOutOfRangeException(nameof(form), form.Layout, null),
    };

    /// <summary>The form's declaration.json as the layouts get it: the declaration, its filing unit and 主管部门, its framework; 04 and 05 with their three review boxes.</summary>
    private static (DeclarationPrint Print, string Folder) Load(Form form)
    {
        var folder = Directory.GetDirectories(Path.Combine(AppContext.BaseDirectory, "RealForms"), form.Number + "-*").Single();
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "declaration.json")))!.AsObject();
        var frameworkCode = document["frameworkCode"]!.GetValue<string>();
        foreach (var member in NotDeclarationMembers)
        {
            document.Remove(member);
        }

        var declaration = document.Deserialize<Declaration>(DeclarationJson.Options)!;
        var filing = new Department { Name = form.FilingUnit };
        var print = new DeclarationPrint
        {
            Declaration = declaration,
            DepartmentName = form.FilingUnit,
            SupervisingDepartment = SupervisingDepartment.Of(declaration, filing, parent: null),
            Framework = StandardFrameworks.Create().Single(f => f.Code == frameworkCode),
            Reviews = form.Layout == "review" ? [new("财政部门支出股室初审"), new("财政部门绩效评价股"), new("区扶贫办")] : [],
        };
        return (print, Path.GetFileName(folder));
    }
}
