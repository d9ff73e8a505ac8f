using PerfTargets.Core.Printing;
using PerfTargets.Pdf.Layouts;
using PerfTargets.Pdf.Seals;
using UglyToad.PdfPig;
using static PerfTargets.Pdf.Tests.PrintedPdf;
using static PerfTargets.Pdf.Tests.TestDeclarations;

namespace PerfTargets.Pdf.Tests.Layouts;

public class DetailedReviewLayoutTests
{
    /// <summary>Seed 000 as the application prints it: a draft with the district's two review sections still to approve.</summary>
    private static DeclarationPrint Seed000() =>
        SeedPrints.Print(SeedPrints.Named("新媒体建设经费")) with { Reviews = [new("业务股室"), new("绩效管理股")] };

    [Fact]
    public void The_catalog_prints_review_in_this_layout()
    {
        var layout = LayoutCatalog.Find("review").ShouldNotBeNull();
        layout.Create(Seed000()).ShouldBeOfType<DetailedReviewLayout>();
        layout.Name.ShouldBe("明细审核格式");
    }

    [Fact]
    public void Seed_000_prints_every_field_of_its_form()
    {
        var print = Seed000();
        var declaration = print.Declaration;
        var pdf = SharedFonts.Render(new DetailedReviewLayout(print));
        RenderedPages.Save("review-seed-000-lusong-1", pdf);

        using var document = PdfDocument.Open(pdf);
        var text = Text(document);
        string[] fields =
        [
            "项目绩效目标申报表", "（2017年度）", "填报单位（盖章）：芦淞区委宣传部", "单位：元",
            "项目名称", declaration.ProjectName, "项目属性", "新增项目 □", "延续项目 √",
            "项目单位", "芦淞区网宣办", "项目负责人", "王娅薇", "联系电话", "0731-28580770",
            "项目起止时间", "2017.1-2017.12", "项目总投资156,200.00",
            "项目概况", declaration.Narrative.Overview!, "项目立项情况", .. declaration.Narrative.Basis!.Split('\n'),
            "项目资金申请", "资金性质", "以前年度已安排", "2017年度申报资金",
            "1、财政拨款130,000.00156,200.00", "2、自有资金", "3、其他",
            "项目支出预算明细", "支出明细项目", "数量", "支出标准", "金额",
            "项目绩效目标", "长期目标", "年度目标",
            "长期绩效指标", "年度绩效指标", "一级指标二级指标指标内容指标值备注",
            "其他需说明的问题", "业务股室审核意见", "绩效管理股审核意见", "（盖章）",
            "填报人：王娅薇", "联系电话：0731-28580770", "填报日期：2016年12月29日",
        ];
        foreach (var field in fields)
        {
            text.ShouldContain(Squeeze(field));
        }

        // 支出明细项目 | 数量 | 支出标准 | 金额, in 元 with thousands separators.
        text.ShouldContain(Squeeze($"1、{declaration.BudgetLines.Single().Item}1156,200.00/年156,200.00"));

        text.ShouldContain(Squeeze(declaration.MidTermGoals.Single()));
        foreach (var (goal, i) in declaration.AnnualGoals.Select((g, i) => (g, i)))
        {
            text.ShouldContain(Squeeze($"{i + 1}.{goal}"));
        }

        foreach (var indicator in declaration.Indicators)
        {
            text.ShouldContain(Squeeze(indicator.Level2 + indicator.Name + indicator.MidTerm.Display()));
            text.ShouldContain(Squeeze(indicator.Level2 + indicator.Name + indicator.Annual.Display()));
        }

        text.ShouldNotContain("……");
        LettersLieWithinTheirPages(document);
    }

    [Fact]
    public void Seed_000s_empty_benefit_rows_print_in_the_frameworks_order_in_both_indicator_tables()
    {
        var pdf = SharedFonts.Render(new DetailedReviewLayout(Seed000()));
        RenderedPages.Save("review-seed-000-every-level2", pdf);

        using var document = PdfDocument.Open(pdf);
        var text = Text(document);
        Occurrences(text, "效益指标经济效益指标社会效益指标").ShouldBe(2, "经济效益指标 blank before 社会效益指标, in 长期 and 年度");
        Occurrences(text, "生态效益指标可持续影响指标").ShouldBe(2);
        // Filed as 社会公众或服务对象满意度指标 under 效益指标: no empty 服务对象满意度指标 of 满意度指标 beside it.
        Occurrences(text, "服务对象满意度指标").ShouldBe(2);
        Occurrences(text, "满意度指标服务对象满意度指标").ShouldBe(0);
        var economic = Letters(document.GetPage(1), "经济效益指标");
        var social = Letters(document.GetPage(1), "社会效益指标");
        economic[0].StartBaseLine.Y.ShouldBeGreaterThan(social[0].StartBaseLine.Y, "经济效益指标 stands above 社会效益指标");
    }

    [Fact]
    public void Asked_to_omit_them_seed_000_prints_only_the_level2s_filed()
    {
        var pdf = SharedFonts.Render(new DetailedReviewLayout(Seed000() with { OmitEmptyLevel2s = true }));

        using var document = PdfDocument.Open(pdf);
        var text = Text(document);
        text.ShouldNotContain("经济效益指标");
        text.ShouldNotContain("生态效益指标");
        Occurrences(text, "社会效益指标").ShouldBe(2);
    }

    [Fact]
    public void Seed_000s_project_name_stands_in_its_ruled_cell_right_of_its_label()
    {
        var pdf = SharedFonts.Render(new DetailedReviewLayout(Seed000()));
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);

        var value = Letters(page, "新媒体建设经费");
        var cell = CellAround(page, Box(value));
        value.ShouldAllBe(letter => Inside(letter, cell));
        cell.Width.ShouldBeGreaterThan(100);

        var label = Letters(page, "项目名称");
        label.ShouldAllBe(letter => letter.BoundingBox.Right < cell.Left);
        label[0].StartBaseLine.Y.ShouldBe(value[0].StartBaseLine.Y, 0.5);
        var property = Letters(page, "项目属性");
        property.ShouldAllBe(letter => letter.BoundingBox.Left > cell.Right);
    }

    [Fact]
    public void An_approved_section_prints_its_opinion_reviewer_and_date_under_its_seal_beside_the_section_still_to_approve()
    {
        var print = Seed000() with
        {
            VersionNumber = 2,
            DepartmentSeal = StandardSeal.Draw("芦淞区委宣传部", null),
            Reviews =
            [
                new("业务股室", "同意申报，资金测算依据充分。", "李审核", new DateOnly(2017, 1, 6), StandardSeal.Draw("芦淞区财政局", "业务股室")),
                new("绩效管理股"),
            ],
        };
        var pdf = SharedFonts.Render(new DetailedReviewLayout(print));
        RenderedPages.Save("review-seed-000-lusong-1-approved", pdf);

        using var document = PdfDocument.Open(pdf);
        LettersLieWithinTheirPages(document);
        var text = Text(document);
        text.ShouldContain("业务股室审核意见同意申报，资金测算依据充分。审核人：李审核2017年1月6日绩效管理股审核意见（盖章）年月日");
        text.ShouldContain("第2版");
        text.ShouldNotContain("草稿");
        document.GetPages().Sum(p => p.NumberOfImages).ShouldBe(2);
    }

    [Fact]
    public void A_declaration_as_long_as_a_filer_can_make_it_breaks_across_pages_with_both_indicator_headers_repeated()
    {
        var seed = Seed000();
        var declaration = Enlarged(seed.Declaration);
        var pdf = SharedFonts.Render(new DetailedReviewLayout(seed with { Declaration = declaration }));
        RenderedPages.Save("review-long", pdf);

        using var document = PdfDocument.Open(pdf);
        LettersLieWithinTheirPages(document);
        var pages = document.GetPages().ToList();
        pages.Count.ShouldBeGreaterThan(6);

        var text = Text(document);
        text.ShouldContain(Squeeze(declaration.Narrative.Overview![..600]));
        text.ShouldContain(Squeeze(declaration.Narrative.Overview[^600..]));
        CountIn(document, declaration.Indicators[0].Name).ShouldBe(2);
        foreach (var indicator in declaration.Indicators.Skip(1))
        {
            CountIn(document, indicator.Name + indicator.MidTerm.Display()).ShouldBeGreaterThanOrEqualTo(2, indicator.Name);
        }

        // Each table's merged label is drawn again on every page it reaches, under the header drawn again there.
        const string header = "一级指标二级指标指标内容指标值备注";
        var withRows = pages.Where(p => Text(p).Contains("放大指标", StringComparison.Ordinal)).ToList();
        withRows.Count.ShouldBeGreaterThan(4);
        foreach (var page in withRows)
        {
            var tables = Occurrences(page, "长期绩效指标") + Occurrences(page, "年度绩效指标");
            tables.ShouldBeInRange(1, 2, $"第 {page.Number} 页");
            Occurrences(page, header).ShouldBe(tables, $"第 {page.Number} 页");
        }

        pages.Count(p => Text(p).Contains("长期绩效指标", StringComparison.Ordinal)).ShouldBeGreaterThan(2);
        pages.Count(p => Text(p).Contains("年度绩效指标", StringComparison.Ordinal)).ShouldBeGreaterThan(2);
        Text(pages[^1]).ShouldContain("填报日期：2016年12月29日");
    }

    public static TheoryData<int> OtherSeeds => [.. Enumerable.Range(0, SeedPrints.All.Count).Where(i => SeedPrints.All[i].Declaration.ProjectName != "新媒体建设经费")];

    [Theory]
    [MemberData(nameof(OtherSeeds))]
    public void Every_other_seed_declaration_prints_in_this_layout(int index)
    {
        var print = SeedPrints.Print(SeedPrints.All[index]);
        var pdf = SharedFonts.Render(new DetailedReviewLayout(print));
        RenderedPages.Save($"review-{SeedPrints.Key(SeedPrints.All[index])}", pdf);

        using var document = PdfDocument.Open(pdf);
        LettersLieWithinTheirPages(document);
        var text = Text(document);
        text.ShouldContain(Squeeze(print.Declaration.ProjectName));
        foreach (var indicator in print.Declaration.Indicators)
        {
            text.ShouldContain(Squeeze(indicator.Name));
        }
    }

    private static int CountIn(PdfDocument document, string text) => document.GetPages().Sum(p => Occurrences(p, text));
}
