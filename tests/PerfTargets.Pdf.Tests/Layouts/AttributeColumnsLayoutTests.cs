using System.Globalization;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Money;
using PerfTargets.Core.Printing;
using PerfTargets.Pdf.Layouts;
using PerfTargets.Pdf.Seals;
using UglyToad.PdfPig;

namespace PerfTargets.Pdf.Tests.Layouts;

public class AttributeColumnsLayoutTests
{
    private static DeclarationPrint Seed003() => SeedPrints.Print(SeedPrints.Named("网络信息经费"));

    [Fact]
    public void Seed_003_prints_its_title_project_text_and_unit_profile()
    {
        var print = Seed003();
        var pdf = SharedFonts.Render(new AttributeColumnsLayout(print));
        RenderedPages.Save("attributes-003", pdf);

        var text = PrintedPdf.Content(pdf);
        var declaration = print.Declaration;
        var narrative = declaration.Narrative;
        var profile = print.UnitProfile!;
        text.ShouldStartWith("昆明市呈贡区融媒体中心部门2022年网络信息经费项目");
        text.ShouldRead("填报单位（盖章）：昆明市呈贡区融媒体中心");
        text.ShouldRead("项目名称网络信息经费");
        text.ShouldRead("立项依据" + narrative.Basis);
        text.ShouldRead("项目实施单位单位名称：昆明市呈贡区融媒体中心");
        text.ShouldRead("组织机构代码：" + profile.CreditCode);
        text.ShouldRead("地址：" + profile.Address);
        text.ShouldRead("联系电话：" + profile.Phone);
        text.ShouldRead("法人代表：" + profile.LegalRepresentative);
        text.ShouldRead("经费来源：" + profile.FundingSource);
        text.ShouldRead("单位概况：" + profile.Overview + profile.InternalStructure);
        text.ShouldRead("项目基本概况" + narrative.Overview);
        text.ShouldRead("项目实施内容" + PrintedPdf.Squeeze(narrative.Content));
        text.ShouldRead("项目实施计划" + narrative.Plan);
        text.ShouldRead("项目实施成效" + narrative.ExpectedOutcomes);
    }

    [Fact]
    public void Seed_003_prints_the_arrangement_and_the_years_amounts_in_its_unit()
    {
        var print = Seed003();
        var pdf = SharedFonts.Render(new AttributeColumnsLayout(print));

        var text = PrintedPdf.Content(pdf);
        var unit = print.Declaration.MoneyUnit;
        unit.ShouldBe(MoneyUnit.TenThousandYuan);
        text.ShouldRead("资金安排情况（万元）" + print.Declaration.Narrative.FundingArrangement);
        text.ShouldRead("年度资金总额101其中：财政拨款101本级安排101其他资金");
        text.ShouldNotContain("中期资金总额", customMessage: "the mid-term column was not filed");
    }

    [Fact]
    public void Seed_003_prints_both_goal_lists_numbered_as_the_form_numbers_them()
    {
        var print = Seed003();
        var pdf = SharedFonts.Render(new AttributeColumnsLayout(print));

        var text = PrintedPdf.Content(pdf);
        var declaration = print.Declaration;
        text.ShouldRead("项目绩效目标表项目目标总体目标(2022年-2024年)" + Numbered(declaration.MidTermGoals));
        text.ShouldRead("预算年度(2022年)目标" + Numbered(declaration.AnnualGoals));
    }

    [Fact]
    public void Seed_003_prints_each_indicator_with_comparator_value_unit_attribute_and_content_in_their_columns()
    {
        var print = Seed003();
        var pdf = SharedFonts.Render(new AttributeColumnsLayout(print));

        var text = PrintedPdf.Content(pdf);
        text.ShouldRead("绩效指标指标内容一级指标二级指标三级指标指标性质指标值度量单位指标属性");
        var indicators = print.Declaration.Indicators;
        indicators.Count.ShouldBe(24);
        foreach (var indicator in indicators)
        {
            var target = indicator.Annual;
            var value = target.Value?.ToString("0.##", CultureInfo.InvariantCulture) ?? target.Text;
            var nature = indicator.Nature == IndicatorNature.Quantitative ? "定量指标" : "定性指标";
            text.ShouldRead(PrintedPdf.Squeeze($"{indicator.Name}{target.Comparator!.Value.Symbol()}{value}{target.Unit}{nature}{indicator.Description}"));
        }

        text.ShouldRead("抖音、快手短视频条数≥3000期定量指标反映通过相关媒体、网络等发布或推送短视频的数量情况。");
        text.ShouldRead("使用人员满意度=较满意%定性指标");
        foreach (var level in new[] { "产出指标", "数量指标", "质量指标", "时效指标", "成本指标", "效益指标", "社会效益指标", "满意度指标", "服务对象满意度指标" })
        {
            text.ShouldRead(level);
        }
    }

    [Fact]
    public void The_project_name_stands_right_of_its_label_on_the_same_line()
    {
        var pdf = SharedFonts.Render(new AttributeColumnsLayout(Seed003()));

        var (label, value) = PrintedPdf.LabelAndValue(pdf, "项目名称", "网络信息经费");
        PrintedPdf.StandsLeftOfOnTheSameBaseline(label, value);
    }

    [Fact]
    public void An_empty_declaration_prints_the_forms_headings_and_nothing_invented()
    {
        var print = new DeclarationPrint { Declaration = new Declaration { BudgetYear = 2024, ProjectName = "空白项目", MoneyUnit = MoneyUnit.Yuan }, DepartmentName = "示范单位" };
        var pdf = SharedFonts.Render(new AttributeColumnsLayout(print));
        RenderedPages.Save("attributes-empty", pdf);

        var text = PrintedPdf.Content(pdf);
        text.ShouldRead("项目实施单位单位名称：示范单位组织机构代码：地址：联系电话：法人代表：经费来源：单位概况：项目基本概况项目实施内容资金安排情况项目实施计划项目实施成效");
        text.ShouldRead("项目目标总体目标预算年度(2024年)目标绩效指标指标内容一级指标二级指标三级指标指标性质指标值度量单位指标属性");
        text.ShouldEndWith("指标属性");
    }

    [Fact]
    public void A_long_declaration_continues_across_pages_with_the_indicator_header_and_the_level_1_label_on_each()
    {
        var print = Seed003();
        var declaration = TestDeclarations.Copy(print.Declaration);
        declaration.Narrative.Overview = TestDeclarations.Repeat("对我区各个新媒体平台进行管理、维护、内容更新。", 5_000);
        declaration.AnnualGoals.Add(TestDeclarations.Repeat("确保融媒体中心网络专线畅通，及时有效开展宣传工作。", DeclarationLimits.Goal));
        declaration.Indicators = TestDeclarations.ManyIndicators(declaration.Indicators[0], 200);
        var pdf = SharedFonts.Render(new AttributeColumnsLayout(print with { Declaration = declaration }));
        RenderedPages.Save("attributes-003-long", pdf);

        PrintedPdf.LettersLieWithinTheirPages(pdf);
        var pages = PrintedPdf.ContentOfPages(pdf);
        // The row is cut across pages with its label 项目基本概况 beside each part, so the overview reads on without it.
        string.Concat(pages).Replace("项目基本概况", string.Empty, StringComparison.Ordinal).ShouldRead(PrintedPdf.Squeeze(declaration.Narrative.Overview));
        pages.Where(p => p.Contains("对我区各个新媒体平台", StringComparison.Ordinal)).ShouldAllBe(p => p.Contains("项目基本概况", StringComparison.Ordinal));
        string.Concat(pages).ShouldRead(declaration.Indicators[0].Name);
        var withIndicators = pages.Where(p => p.Contains("长表指标", StringComparison.Ordinal)).ToList();
        withIndicators.Count.ShouldBeGreaterThan(3);
        withIndicators.ShouldAllBe(p => PrintedPdf.Occurrences(p, "一级指标二级指标三级指标指标性质指标值度量单位指标属性") == 1);
        withIndicators.ShouldAllBe(p => p.Contains("产出指标", StringComparison.Ordinal));
        foreach (var indicator in declaration.Indicators.Skip(1))
        {
            string.Concat(pages).ShouldRead($"{indicator.Name}≥{indicator.Sequence}次");
        }
    }

    [Fact]
    public void Emoji_rare_ideographs_and_control_characters_print_without_error()
    {
        var print = Seed003();
        var declaration = TestDeclarations.Copy(print.Declaration);
        declaration.ProjectName += TestDeclarations.OddCharacters;
        declaration.Narrative.Overview += TestDeclarations.OddCharacters;
        declaration.MidTermGoals[0] += TestDeclarations.OddCharacters;
        declaration.Indicators[0].Name += TestDeclarations.OddCharacters;
        declaration.Indicators[0].Description += TestDeclarations.OddCharacters;
        declaration.Indicators[0].Annual.Unit = "😀\u0007";
        var pdf = SharedFonts.Render(new AttributeColumnsLayout(print with { Declaration = declaration, UnitProfile = new() { Address = TestDeclarations.OddCharacters } }));
        RenderedPages.Save("attributes-003-odd", pdf);

        PrintedPdf.Content(pdf).ShouldRead("网络信息经费");
    }

    [Fact]
    public void A_reviewed_and_approved_version_carries_the_seals_opinions_and_verification_mark()
    {
        var print = Seed003() with
        {
            VersionNumber = 2,
            DepartmentSeal = StandardSeal.Draw("昆明市呈贡区融媒体中心", null),
            Reviews = [new("主管部门", "同意。", "张三", new DateOnly(2022, 1, 10), StandardSeal.Draw("呈贡区财政局", "业务科室")), new("绩效科")],
            Verification = new PerfTargets.Core.Verification.ApprovalMark(2, new string('a', 64), "SIG-1", new Uri("https://example.org/v/1")),
        };
        var pdf = SharedFonts.Render(new AttributeColumnsLayout(print));
        RenderedPages.Save("attributes-003-approved", pdf);

        var text = PrintedPdf.Content(pdf);
        text.ShouldRead("主管部门审核意见");
        text.ShouldRead("绩效科审核意见");
        text.ShouldRead("审核人：张三");
        text.ShouldRead("系统审批核验标记");
        using var document = PdfDocument.Open(pdf);
        document.GetPages().ShouldAllBe(p => !p.Text.Contains("草稿"), "a submitted version has no watermark");
        document.GetPages().Sum(p => p.GetImages().Count()).ShouldBe(2, "the department's seal and the approving section's");
    }

    public static TheoryData<string> OtherSeeds => [.. SeedPrints.All.Select(SeedPrints.Key)];

    [Theory]
    [MemberData(nameof(OtherSeeds))]
    public void Every_seed_declaration_prints_in_this_layout(string key)
    {
        var seed = SeedPrints.All.Single(s => SeedPrints.Key(s) == key);
        var pdf = SharedFonts.Render(new AttributeColumnsLayout(SeedPrints.Print(seed)));
        RenderedPages.Save($"attributes-all-{key}", pdf);

        PrintedPdf.LettersLieWithinTheirPages(pdf);
        PrintedPdf.Content(pdf).ShouldRead(PrintedPdf.Squeeze(seed.Declaration.ProjectName));
    }

    [Fact]
    public void The_catalog_offers_this_layout()
    {
        var layout = LayoutCatalog.Find("attributes").ShouldNotBeNull();
        layout.Name.ShouldBe("项目文本与指标属性格式");
        layout.Create(Seed003()).ShouldBeOfType<AttributeColumnsLayout>();
    }

    private static string Numbered(IEnumerable<string> goals) => string.Concat(goals.Select((g, i) => $"{i + 1}.{g}"));
}
