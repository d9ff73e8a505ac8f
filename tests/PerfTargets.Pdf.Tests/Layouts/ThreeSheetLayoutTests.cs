using PerfTargets.Core.Declarations;
using PerfTargets.Core.Money;
using PerfTargets.Pdf.Layouts;
using UglyToad.PdfPig;
using static PerfTargets.Pdf.Tests.PrintedPdf;
using static PerfTargets.Pdf.Tests.TestDeclarations;

namespace PerfTargets.Pdf.Tests.Layouts;

public class ThreeSheetLayoutTests
{
    private const string Project = "新媒体软课题费";

    [Fact]
    public void The_catalog_prints_three_sheet_in_this_layout()
    {
        var layout = LayoutCatalog.Find("three-sheet").ShouldNotBeNull();
        layout.Create(SeedPrints.Print(SeedPrints.Named(Project))).ShouldBeOfType<ThreeSheetLayout>();
        layout.Name.ShouldBe("三表格式");
    }

    [Fact]
    public void Seed_001_prints_every_field_of_its_three_sheets_each_on_its_own_page()
    {
        var print = SeedPrints.Print(SeedPrints.Named(Project));
        var declaration = print.Declaration;
        var pdf = SharedFonts.Render(new ThreeSheetLayout(print));
        RenderedPages.Save("three-sheet-seed-001-portal-1", pdf);

        using var document = PdfDocument.Open(pdf);
        LettersLieWithinTheirPages(document);
        var pages = document.GetPages().ToList();
        pages.Count.ShouldBe(3);
        var (overview, targets, safeguards) = (Text(pages[0]), Text(pages[1]), Text(pages[2]));
        var narrative = declaration.Narrative;
        string[] overviewFields =
        [
            "财政项目支出绩效目标申报表（项目总体情况）", "（2019年）", "填报单位（盖章）：区门户网站管理中心", "金额单位：元",
            "项目名称" + Project, "项目类别一次性项目 □经常性项目 √中期预算试点项目 □",
            "项目负责人：", "联系人：王婷婷", "联系电话：24033368", "起始日期：", "结束日期：",
            "项目概况" + narrative.Overview, "项目立项情况依据：" + narrative.Basis, "必要性：" + narrative.Necessity, "可行性：" + narrative.Feasibility,
            "项目资金一、项目总预算：449,000.00", "二、当年预算：449,000.00", "（一）财政拨款：449,000.00", "1.上级财政拨款：449,000.00",
            "2.本级财政安排：", "3.下级财政配套：", "（二）其他资金：",
            "项目相关资源投入和制度建设情况" + narrative.Resources,
            "项目总目标" + declaration.MidTermGoals.Single(), "年度绩效目标" + declaration.AnnualGoals.Single(),
            "需要说明的其他问题", "填报单位负责人：", "填表人：", "填报日期：",
        ];
        foreach (var field in overviewFields)
        {
            overview.ShouldContain(Squeeze(field));
        }

        targets.ShouldContain("财政项目支出绩效目标申报表（绩效目标）");
        targets.ShouldContain("项目名称：" + Project);
        targets.ShouldContain("项目构成主体活动（作业、任务）和对应产出的一级目标二级目标三级目标目标值备注");
        foreach (var indicator in declaration.Indicators)
        {
            targets.ShouldContain(Squeeze(indicator.Level2 + indicator.Name + indicator.Annual.Display()));
        }

        targets.ShouldContain("≥36份");
        targets.ShouldContain("项目名称项目内容项目明细明细金额单价依据数量依据备注");
        foreach (var line in declaration.BudgetLines)
        {
            targets.ShouldContain(Squeeze($"{Project}{line.Content}{line.Item}{MoneyUnit.Yuan.Format(line.Amount)}{MoneyUnit.Yuan.Format(line.UnitStandard)}1{line.Remark}"));
        }

        targets.ShouldContain("金额合计200,000.00----");

        safeguards.ShouldContain("项目支出绩效目标申报表（制度保障）");
        safeguards.ShouldContain("制度保障文件名称具体措施保障阶段");
        foreach (var safeguard in declaration.Safeguards)
        {
            safeguards.ShouldContain(Squeeze($"{safeguard.Category}{safeguard.DocumentName}{safeguard.Measures}立项和计划阶段 √实施阶段 √收尾和完成阶段 √"));
        }
    }

    [Fact]
    public void Seed_001s_budget_line_amount_stands_in_its_column_between_item_and_unit_price()
    {
        var pdf = SharedFonts.Render(new ThreeSheetLayout(SeedPrints.Print(SeedPrints.Named(Project))));
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(2);

        var heading = CellAround(page, Box(Letters(page, "明细金额")));
        var item = Letters(page, "网络舆情采集监测分析及报告服务费");
        var amount = Letters(page, "100,000.00");
        var cell = CellAround(page, Box(amount));
        amount.ShouldAllBe(letter => Inside(letter, cell));
        cell.Left.ShouldBe(heading.Left, 0.5);
        cell.Right.ShouldBe(heading.Right, 0.5);
        item.ShouldAllBe(letter => letter.BoundingBox.Right < cell.Left);
        Letters(page, "年度项目").ShouldAllBe(letter => letter.BoundingBox.Left > cell.Right);
    }

    [Fact]
    public void Seed_001s_project_name_stands_in_its_ruled_cell_right_of_its_label()
    {
        var pdf = SharedFonts.Render(new ThreeSheetLayout(SeedPrints.Print(SeedPrints.Named(Project))));
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);

        var value = Letters(page, Project);
        var cell = CellAround(page, Box(value));
        value.ShouldAllBe(letter => Inside(letter, cell));
        var label = Letters(page, "项目名称");
        label.ShouldAllBe(letter => letter.BoundingBox.Right < cell.Left);
        label[0].StartBaseLine.Y.ShouldBe(value[0].StartBaseLine.Y, 0.5);
    }

    [Fact]
    public void A_declaration_as_long_as_a_filer_can_make_it_breaks_across_pages_with_the_target_header_repeated()
    {
        var seed = SeedPrints.Print(SeedPrints.Named(Project));
        var declaration = Enlarged(seed.Declaration);
        declaration.Safeguards = [.. Enumerable.Range(1, 60).Select(i => new SystemSafeguard
        {
            Sequence = i,
            Category = $"第{i}项制度",
            DocumentName = Repeat("区门户网站管理中心制度文件", 60),
            Measures = Repeat("具体措施", 120),
            Stages = (SafeguardStages)(i % 8),
        })];
        var pdf = SharedFonts.Render(new ThreeSheetLayout(seed with { Declaration = declaration }));
        RenderedPages.Save("three-sheet-long", pdf);

        using var document = PdfDocument.Open(pdf);
        LettersLieWithinTheirPages(document);
        var pages = document.GetPages().ToList();
        var text = Text(document);
        text.ShouldContain(Squeeze(declaration.Narrative.Overview![..600]));
        text.ShouldContain(Squeeze(declaration.Narrative.Overview[^600..]));
        text.ShouldContain(Squeeze(declaration.Indicators[0].Name));
        foreach (var indicator in declaration.Indicators.Skip(1))
        {
            text.ShouldContain(Squeeze(indicator.Name + indicator.Annual.Display()));
        }

        const string header = "主体活动（作业、任务）和对应产出的一级目标二级目标三级目标目标值备注";
        var withRows = pages.Where(p => Text(p).Contains("放大指标", StringComparison.Ordinal)).ToList();
        withRows.Count.ShouldBeGreaterThan(3);
        withRows.ShouldAllBe(p => Occurrences(p, header) == 1);

        const string safeguardHeader = "制度保障文件名称具体措施保障阶段";
        var withSafeguards = pages.Where(p => Text(p).Contains("项制度", StringComparison.Ordinal)).ToList();
        withSafeguards.Count.ShouldBeGreaterThan(1);
        withSafeguards.ShouldAllBe(p => Occurrences(p, safeguardHeader) == 1);
        withSafeguards.ShouldAllBe(p => !Text(p).Contains("放大指标", StringComparison.Ordinal));
    }

    public static TheoryData<int> OtherSeeds => [.. Enumerable.Range(0, SeedPrints.All.Count).Where(i => SeedPrints.All[i].Declaration.ProjectName != Project)];

    [Theory]
    [MemberData(nameof(OtherSeeds))]
    public void Every_other_seed_declaration_prints_in_this_layout(int index)
    {
        var print = SeedPrints.Print(SeedPrints.All[index]);
        var pdf = SharedFonts.Render(new ThreeSheetLayout(print));
        RenderedPages.Save($"three-sheet-{SeedPrints.Key(SeedPrints.All[index])}", pdf);

        using var document = PdfDocument.Open(pdf);
        LettersLieWithinTheirPages(document);
        var text = Text(document);
        text.ShouldContain(Squeeze(print.Declaration.ProjectName));
        foreach (var indicator in print.Declaration.Indicators)
        {
            text.ShouldContain(Squeeze(indicator.Name));
        }
    }
}
