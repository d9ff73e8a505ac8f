using PerfTargets.Core.Declarations;
using PerfTargets.Core.Departments;
using PerfTargets.Core.Money;
using PerfTargets.Core.Printing;
using PerfTargets.Pdf.Composition;
using PerfTargets.Pdf.Layouts;

namespace PerfTargets.Pdf.Tests.Layouts;

/// <summary>
/// What real forms carry beyond the seeds, printed on a seed copied and given it: 权重 with 指标方向,
/// 评分标准 and 总分, 一级分值, 不适用 rows, 前年/上年实际执行数 with the stated 合计, and a department's
/// own indicator table and money.
/// </summary>
public class ScoredFormsPrintTests
{
    private static DeclarationPrint Seed(string project, Action<Declaration> change)
    {
        var print = SeedPrints.Print(SeedPrints.Named(project));
        var declaration = TestDeclarations.Copy(print.Declaration);
        change(declaration);
        return print with { Declaration = declaration };
    }

    /// <summary>Seed 002's first project weighted 10 points a 三级 but the first (评分标准 on it, 反向), 产出指标 60分, 总分 100.</summary>
    private static void Weighted(Declaration declaration)
    {
        foreach (var indicator in declaration.Indicators)
        {
            indicator.Weight = 10;
        }

        declaration.Indicators[0].Weight = 7.5m;
        declaration.Indicators[0].Direction = IndicatorDirection.Negative;
        declaration.Indicators[0].ScoringStandard = "每少1家扣1分";
        declaration.WeightTotal = 100;
        declaration.Level1Weights = [new Level1Weight { Level1 = "产出指标", Weight = 60 }];
    }

    [Fact]
    public void A_weighted_declaration_prints_weight_direction_and_scoring_after_the_targets_in_the_national_layout()
    {
        var print = Seed("网络安全和信息化工作经费", Weighted);
        var first = print.Declaration.Indicators[0];
        var pdf = SharedFonts.Render(new NationalLayout(print));
        RenderedPages.Save("national-weighted", pdf);

        var text = PrintedPdf.Content(pdf);
        text.ShouldRead("指标值权重指标方向评分标准");
        text.ShouldRead(PrintedPdf.Squeeze(first.Name + first.Annual.Display()) + "7.5反向每少1家扣1分");
        text.ShouldRead("产出指标（60分）");
        text.ShouldRead("总分100");
        PrintedPdf.LettersLieWithinTheirPages(pdf);
    }

    [Fact]
    public void A_weighted_declaration_prints_its_points_in_the_attribute_columns_layout()
    {
        var print = Seed("网络信息经费", Weighted);
        var pdf = SharedFonts.Render(new AttributeColumnsLayout(print));
        RenderedPages.Save("attribute-weighted", pdf);

        var text = PrintedPdf.Content(pdf);
        text.ShouldRead("指标内容分值指标方向评分标准");
        text.ShouldRead("7.5反向每少1家扣1分");
        text.ShouldRead("总分100");
    }

    [Fact]
    public void A_row_marked_not_applicable_with_no_target_prints_not_applicable_in_each_value_cell()
    {
        var print = Seed("网络安全和信息化工作经费", d =>
        {
            var row = d.Indicators[^1];
            row.NotApplicable = true;
            row.MidTerm = new IndicatorTarget();
            row.Annual = new IndicatorTarget();
        });
        var name = PrintedPdf.Squeeze(print.Declaration.Indicators[^1].Name);

        var text = PrintedPdf.Content(SharedFonts.Render(new NationalLayout(print)));

        text.ShouldRead(name + "不适用");
        PrintedPdf.Occurrences(text, name + "不适用").ShouldBe(2, "the 中期 and the 年度 half");
    }

    [Fact]
    public void An_annual_only_declaration_prints_the_year_alone_in_the_review_layout()
    {
        var print = Seed("网络舆情综合管理", _ => { });
        print.Declaration.HasMidTerm.ShouldBeFalse();

        var text = PrintedPdf.Content(SharedFonts.Render(new DetailedReviewLayout(print)));

        text.ShouldNotContain("长期");
        text.ShouldRead("年度目标");
        text.ShouldRead("年度绩效指标");
    }

    /// <summary>Actuals on every line (1,000 and 2,000 元 a line), the 合计 stated 0.10 万元 off the lines' sum.</summary>
    private static void WithActuals(Declaration declaration)
    {
        foreach (var line in declaration.BudgetLines)
        {
            line.ActualTwoYearsBefore = 10_000;
            line.ActualYearBefore = 20_000;
        }

        declaration.StatedBudgetLineTotals = new BudgetLineTotals
        {
            Amount = declaration.BudgetLinesTotal + 1_000,
            ActualTwoYearsBefore = 10_000 * declaration.BudgetLines.Count,
            ActualYearBefore = 20_000 * declaration.BudgetLines.Count,
        };
    }

    [Theory]
    [InlineData("review", "新媒体建设经费")]
    [InlineData("three-sheet", "新媒体软课题费")]
    public void Budget_lines_print_the_prior_years_actuals_headed_with_their_years_and_the_stated_total(string layout, string project)
    {
        var print = Seed(project, WithActuals);
        var declaration = print.Declaration;
        var unit = declaration.MoneyUnit;
        Func<DeclarationPrint, IDocument> create = layout == "review" ? p => new DetailedReviewLayout(p) : p => new ThreeSheetLayout(p);
        var pdf = SharedFonts.Render(create(print));
        RenderedPages.Save($"{layout}-actuals", pdf);

        var text = PrintedPdf.Content(pdf);
        var stated = declaration.StatedBudgetLineTotals;
        text.ShouldRead($"{declaration.BudgetYear - 2}年实际执行数{declaration.BudgetYear - 1}年实际执行数");
        text.ShouldRead(PrintedPdf.Squeeze(unit.Format(10_000m) + unit.Format(20_000m) + unit.Format(declaration.BudgetLines[0].Amount)));
        // The 合计 as the form states it, not the lines' sum, which is the validator's to compare.
        text.ShouldRead(PrintedPdf.Squeeze("合计" + unit.Format(stated.ActualTwoYearsBefore) + unit.Format(stated.ActualYearBefore) + unit.Format(stated.Amount)));
    }

    [Fact]
    public void A_department_goal_prints_its_money_and_its_indicator_table_after_its_duty_goals()
    {
        var goal = SeedPrints.Goal("224002", 2023)!;
        goal.MoneyUnit = MoneyUnit.TenThousandYuan;
        goal.BudgetTotal = 1_500_000;
        goal.FundingSources = [new DepartmentFundingSource { Sequence = 1, Name = "一般公共预算拨款", Amount = 1_200_000 }, new DepartmentFundingSource { Sequence = 2, Name = "政府性基金", Amount = 300_000 }];
        goal.Indicators =
        [
            new Indicator { Level1 = "产出指标", Level2 = "数量指标", Name = "舆情报告期数", Annual = new IndicatorTarget { Value = 12, Unit = "期" }, Weight = 40 },
            new Indicator { Level1 = "效益指标", Level2 = "社会效益指标", Name = "网络环境", Annual = new IndicatorTarget { Text = "持续向好" }, Weight = 60 },
        ];
        var print = new DepartmentPrint("山海关区委网信办", "224002", 2023, goal, []);
        var pdf = SharedFonts.Render(new DepartmentLayout(print, p => new NationalLayout(p)));
        RenderedPages.Save("department-indicators-money", pdf);

        var text = PrintedPdf.Content(pdf);
        text.ShouldRead("年度预算申请单位：万元部门预算总额150其中：一般公共预算拨款120政府性基金30");
        goal.MoneyUnit.Format(1_500_000m).ShouldBe("150");
        text.ShouldRead("整体绩效指标一级指标二级指标三级指标指标值权重产出指标数量指标舆情报告期数12期40");
        text.ShouldRead("网络环境持续向好60");
        text.IndexOf("整体绩效指标", StringComparison.Ordinal).ShouldBeLessThan(text.IndexOf("三、工作保障措施", StringComparison.Ordinal));
    }
}
