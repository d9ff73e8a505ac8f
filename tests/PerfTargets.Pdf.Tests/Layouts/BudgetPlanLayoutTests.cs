using PerfTargets.Core.Declarations;
using PerfTargets.Core.Money;
using PerfTargets.Core.Printing;
using PerfTargets.Pdf.Layouts;
using PerfTargets.Pdf.Seals;
using UglyToad.PdfPig;

namespace PerfTargets.Pdf.Tests.Layouts;

public class BudgetPlanLayoutTests
{
    private static readonly string[] Seed004Projects = ["网络舆情综合管理", "网络阵地建设和内容管理"];

    public static TheoryData<string> Seed004 => [.. Seed004Projects];

    private static DeclarationPrint Print(string project) => SeedPrints.Print(SeedPrints.Named(project));

    [Theory]
    [MemberData(nameof(Seed004))]
    public void Seed_004s_projects_print_code_name_budget_and_use_of_the_money(string project)
    {
        var print = Print(project);
        var pdf = SharedFonts.Render(new BudgetPlanLayout(print));
        RenderedPages.Save($"budget-004-{Array.IndexOf(Seed004Projects, project) + 1}", pdf);

        var text = PrintedPdf.Content(pdf);
        var declaration = print.Declaration;
        var unit = declaration.MoneyUnit;
        unit.ShouldBe(MoneyUnit.Yuan);
        text.ShouldStartWith($"{project}绩效目标表");
        text.ShouldRead("224002中共山海关区委网络安全和信息化委员会办公室单位：元");
        text.ShouldRead($"项目编码{declaration.ProjectCode}项目名称{project}");
        var funding = declaration.AnnualFunding;
        text.ShouldRead($"预算规模及资金用途预算数{unit.Format(funding.Total)}其中：财政资金{unit.Format(funding.Fiscal)}其他资金{declaration.Narrative.BudgetPurpose}");
        text.ShouldRead(project == "网络舆情综合管理" ? "预算数100,000.00其中：财政资金100,000.00" : "预算数50,000.00其中：财政资金50,000.00");
    }

    [Theory]
    [MemberData(nameof(Seed004))]
    public void Seed_004s_projects_print_the_spending_plan_goals_and_indicators_with_their_basis(string project)
    {
        var print = Print(project);
        var pdf = SharedFonts.Render(new BudgetPlanLayout(print));

        var text = PrintedPdf.Content(pdf);
        var declaration = print.Declaration;
        text.ShouldRead("资金支出计划（%）3月底6月底10月底12月底25.0060.0090.00100.00");
        text.ShouldRead("绩效目标1、" + declaration.AnnualGoals.Single());
        text.ShouldRead("一级指标二级指标三级指标绩效指标描述指标值指标值确定依据");
        declaration.Indicators.Count.ShouldBe(3);
        foreach (var indicator in declaration.Indicators)
        {
            text.ShouldRead($"{indicator.Level1}{indicator.Level2}{indicator.Name}{indicator.Description}{indicator.Annual.Display()}");
        }

        text.ShouldRead("≥95%");
        text.ShouldRead("≥90%");
        text.ShouldRead("效果指标");
    }

    [Fact]
    public void The_basis_of_each_target_prints_as_its_label()
    {
        var print = Print("网络舆情综合管理");
        var declaration = TestDeclarations.Copy(print.Declaration);
        declaration.Indicators[0].Basis = IndicatorBasis.Plan;
        declaration.Indicators[1].Basis = IndicatorBasis.Industry;
        declaration.Indicators[2].Basis = IndicatorBasis.History;
        var pdf = SharedFonts.Render(new BudgetPlanLayout(print with { Declaration = declaration }));

        var text = PrintedPdf.Content(pdf);
        text.ShouldRead("≥95%计划标准");
        text.ShouldRead("≥95%行业标准");
        text.ShouldRead("≥90%历史标准");
    }

    [Fact]
    public void The_project_code_stands_right_of_its_label_on_the_same_line()
    {
        var pdf = SharedFonts.Render(new BudgetPlanLayout(Print("网络舆情综合管理")));

        var (label, value) = PrintedPdf.LabelAndValue(pdf, "项目编码", "224-0501-JBN-BOVO");
        PrintedPdf.StandsLeftOfOnTheSameBaseline(label, value);
    }

    [Theory]
    [InlineData("004-1", "224002", "中共山海关区委网络安全和信息化委员会办公室")]
    [InlineData("001-1", "310101901", "区门户网站管理中心")]
    public void The_units_code_and_name_print_apart_on_one_line(string key, string code, string name)
    {
        var pdf = SharedFonts.Render(new BudgetPlanLayout(SeedPrints.Print(SeedPrints.All.Single(s => SeedPrints.Key(s) == key))));

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var codeLetters = PrintedPdf.Letters(page, code + name).Take(code.Length).ToList();
        var nameLetters = PrintedPdf.Letters(page, code + name).Skip(code.Length).ToList();
        PrintedPdf.StandsLeftOfOnTheSameBaseline(codeLetters, nameLetters);
        var gap = nameLetters[0].BoundingBox.Left - codeLetters[^1].BoundingBox.Right;
        gap.ShouldBeGreaterThan(FormStyle.Body.Size / 2, "a space stands between the unit's code and its name");
    }

    [Fact]
    public void A_plan_not_filled_prints_its_months_and_no_percentages()
    {
        var print = Print("网络舆情综合管理");
        var declaration = TestDeclarations.Copy(print.Declaration);
        declaration.DisbursementPlan = new();
        declaration.AnnualFunding = new();
        var pdf = SharedFonts.Render(new BudgetPlanLayout(print with { Declaration = declaration }));

        var text = PrintedPdf.Content(pdf);
        text.ShouldRead("资金支出计划（%）3月底6月底10月底12月底绩效目标");
        text.ShouldRead("预算数其中：财政资金其他资金加强网络舆情");
    }

    [Fact]
    public void An_empty_declaration_prints_the_forms_headings_and_nothing_invented()
    {
        var print = new DeclarationPrint { Declaration = new Declaration { BudgetYear = 2024, ProjectName = "空白项目", MoneyUnit = MoneyUnit.TenThousandYuan }, DepartmentName = "示范单位" };
        var pdf = SharedFonts.Render(new BudgetPlanLayout(print));
        RenderedPages.Save("budget-empty", pdf);

        PrintedPdf.Content(pdf).ShouldBe("空白项目绩效目标表示范单位单位：万元项目编码项目名称空白项目预算规模及资金用途预算数其中：财政资金其他资金资金支出计划（%）3月底6月底10月底12月底绩效目标一级指标二级指标三级指标绩效指标描述指标值指标值确定依据");
    }

    [Fact]
    public void A_long_declaration_continues_across_pages_with_the_indicator_header_and_the_level_1_label_on_each()
    {
        var print = Print("网络舆情综合管理");
        var declaration = TestDeclarations.Copy(print.Declaration);
        declaration.AnnualGoals[0] = TestDeclarations.Repeat("弘扬主旋律，汇聚正能量，营造良好的网络舆论氛围。", 5_000);
        declaration.Narrative.BudgetPurpose = TestDeclarations.Repeat("加强网络舆情应急处置和引导管理。", 2_000);
        declaration.Indicators = TestDeclarations.ManyIndicators(declaration.Indicators[0], 200);
        var pdf = SharedFonts.Render(new BudgetPlanLayout(print with { Declaration = declaration }));
        RenderedPages.Save("budget-004-long", pdf);

        PrintedPdf.LettersLieWithinTheirPages(pdf);
        var pages = PrintedPdf.ContentOfPages(pdf);
        // The row is cut across pages with its label 绩效目标 beside each part, so the goal reads on without it.
        string.Concat(pages).Replace("绩效目标", string.Empty, StringComparison.Ordinal).ShouldRead(PrintedPdf.Squeeze(declaration.AnnualGoals[0]));
        pages.Where(p => p.Contains("弘扬主旋律", StringComparison.Ordinal)).ShouldAllBe(p => p.Contains("绩效目标", StringComparison.Ordinal));
        string.Concat(pages).ShouldRead(declaration.Indicators[0].Name);
        var withIndicators = pages.Where(p => p.Contains("长表指标", StringComparison.Ordinal)).ToList();
        withIndicators.Count.ShouldBeGreaterThan(3);
        withIndicators.ShouldAllBe(p => PrintedPdf.Occurrences(p, "一级指标二级指标三级指标绩效指标描述指标值指标值确定依据") == 1);
        withIndicators.ShouldAllBe(p => p.Contains("产出指标", StringComparison.Ordinal));
        foreach (var indicator in declaration.Indicators.Skip(1))
        {
            string.Concat(pages).ShouldRead($"{indicator.Name}{indicator.Description}≥{indicator.Sequence}次{indicator.Basis!.Value.Label()}");
        }
    }

    [Fact]
    public void Emoji_rare_ideographs_and_control_characters_print_without_error()
    {
        var print = Print("网络舆情综合管理");
        var declaration = TestDeclarations.Copy(print.Declaration);
        declaration.ProjectName += TestDeclarations.OddCharacters;
        declaration.ProjectCode += TestDeclarations.OddCharacters;
        declaration.Narrative.BudgetPurpose += TestDeclarations.OddCharacters;
        declaration.AnnualGoals[0] += TestDeclarations.OddCharacters;
        declaration.Indicators[0].Name += TestDeclarations.OddCharacters;
        declaration.Indicators[0].Annual.Text = TestDeclarations.OddCharacters;
        var pdf = SharedFonts.Render(new BudgetPlanLayout(print with { Declaration = declaration, DepartmentName = print.DepartmentName + TestDeclarations.OddCharacters }));
        RenderedPages.Save("budget-004-odd", pdf);

        PrintedPdf.Content(pdf).ShouldRead("网络舆情综合管理");
    }

    [Fact]
    public void A_reviewed_and_approved_version_carries_the_seals_opinions_and_verification_mark()
    {
        var print = Print("网络舆情综合管理") with
        {
            VersionNumber = 1,
            DepartmentSeal = StandardSeal.Draw("中共山海关区委网络安全和信息化委员会办公室", null),
            Reviews = [new("财政业务科室", "同意。", "李四", new DateOnly(2023, 1, 5), StandardSeal.Draw("山海关区财政局", "业务科室")), new("绩效科")],
            Verification = new PerfTargets.Core.Verification.ApprovalMark(1, new string('b', 64), null, new Uri("https://example.org/v/2")),
        };
        var pdf = SharedFonts.Render(new BudgetPlanLayout(print));
        RenderedPages.Save("budget-004-approved", pdf);

        var text = PrintedPdf.Content(pdf);
        text.ShouldRead("财政业务科室审核意见");
        text.ShouldRead("绩效科审核意见");
        text.ShouldRead("审核人：李四");
        text.ShouldRead("系统审批核验标记");
        using var document = PdfDocument.Open(pdf);
        document.GetPages().ShouldAllBe(p => !p.Text.Contains("草稿"), "a submitted version has no watermark");
        document.GetPages().Sum(p => p.GetImages().Count()).ShouldBe(2, "the department's seal and the approving section's");
    }

    public static TheoryData<string> AllSeeds => [.. SeedPrints.All.Select(SeedPrints.Key)];

    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void Every_seed_declaration_prints_in_this_layout(string key)
    {
        var seed = SeedPrints.All.Single(s => SeedPrints.Key(s) == key);
        var pdf = SharedFonts.Render(new BudgetPlanLayout(SeedPrints.Print(seed)));
        RenderedPages.Save($"budget-all-{key}", pdf);

        PrintedPdf.LettersLieWithinTheirPages(pdf);
        PrintedPdf.Content(pdf).ShouldRead(PrintedPdf.Squeeze(seed.Declaration.ProjectName));
    }

    [Fact]
    public void The_catalog_offers_this_layout()
    {
        var layout = LayoutCatalog.Find("budget").ShouldNotBeNull();
        layout.Name.ShouldBe("项目编码与资金支出计划格式");
        layout.Create(Print("网络舆情综合管理")).ShouldBeOfType<BudgetPlanLayout>();
    }
}
