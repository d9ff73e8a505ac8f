using FluentValidation;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Money;
using PerfTargets.Core.Taxonomy;
using PerfTargets.Core.Validation;
using static PerfTargets.Core.Tests.Validation.ValidDeclaration;

namespace PerfTargets.Core.Tests.Validation;

public class MoneyRulesTests
{
    [Fact]
    public void The_valid_declaration_has_no_problem() => Check(Create()).ShouldBeEmpty();

    [Fact]
    public void R01_lines_that_do_not_add_up_name_both_sums_and_the_difference()
    {
        var declaration = Create();
        declaration.BudgetLines[1].Amount = 400_000m;
        declaration.BudgetLines[1].Quantity = null;

        var problem = SingleProblem(declaration);

        problem.Rule.ShouldBe(DeclarationRule.BudgetLinesSum);
        problem.Severity.ShouldBe(Severity.Error);
        problem.Path.ShouldBe("budgetLines");
        problem.Message.ShouldBe("预算明细合计 1,000,000.00 元，与年度资金总额 1,200,000.00 元不符，少 200,000.00 元。");
    }

    [Fact]
    public void R01_is_exact_to_the_cent()
    {
        var declaration = Create();
        declaration.BudgetLines[1].Amount = 600_000.01m;

        SingleProblem(declaration).Message.ShouldEndWith("多 0.01 元。");
    }

    [Fact]
    public void R01_prints_in_the_unit_of_the_declaration()
    {
        var declaration = Create();
        declaration.MoneyUnit = MoneyUnit.TenThousandYuan;
        declaration.BudgetLines[1].Amount = 500_000m;

        SingleProblem(declaration).Message.ShouldBe("预算明细合计 110 万元，与年度资金总额 120 万元不符，少 10 万元。");
    }

    [Fact]
    public void R01_lines_without_a_year_total_ask_for_the_total()
    {
        var declaration = Create();
        declaration.AnnualFunding = new FundingSplit();

        var problem = SingleProblem(declaration);

        problem.Rule.ShouldBe(DeclarationRule.BudgetLinesSum);
        problem.Path.ShouldBe("annualFunding.total");
    }

    [Fact]
    public void R01_a_declaration_without_lines_is_not_checked()
    {
        var declaration = Create();
        declaration.BudgetLines.Clear();

        Check(declaration).ShouldBeEmpty();
    }

    [Fact]
    public void R02_quantity_times_standard_must_be_the_amount()
    {
        var declaration = Create();
        declaration.BudgetLines[0].Quantity = 11;

        var problem = SingleProblem(declaration);

        problem.Rule.ShouldBe(DeclarationRule.BudgetLineProduct);
        problem.Path.ShouldBe("budgetLines[0].amount");
        problem.Message.ShouldBe("第 1 行“态势感知平台运维”：数量 11 × 标准 50,000.00 元 = 550,000.00 元，与金额 600,000.00 元不符。");
    }

    [Fact]
    public void R03_sources_must_add_up_to_the_total()
    {
        var declaration = Create();
        declaration.AnnualFunding.Other = 100_000m;

        var problem = SingleProblem(declaration);

        problem.Rule.ShouldBe(DeclarationRule.FundingSources);
        problem.Path.ShouldBe("annualFunding.total");
        problem.Message.ShouldBe("年度资金：财政拨款 1,000,000.00 元 + 其他资金 100,000.00 元 = 1,100,000.00 元，与资金总额 1,200,000.00 元不符。");
    }

    [Fact]
    public void R03_the_parts_of_fiscal_money_must_add_up_to_it()
    {
        var declaration = Create();
        declaration.AnnualFunding.FiscalSuperior = 300_000m;

        var problem = SingleProblem(declaration);

        problem.Rule.ShouldBe(DeclarationRule.FundingSources);
        problem.Path.ShouldBe("annualFunding.fiscal");
        problem.Message.ShouldContain("合计 1,300,000.00 元");
    }

    [Fact]
    public void R03_own_funds_cannot_exceed_other_money()
    {
        var declaration = Create();
        declaration.AnnualFunding.OtherOwnFunds = 250_000m;

        SingleProblem(declaration).Path.ShouldBe("annualFunding.otherOwnFunds");
    }

    [Fact]
    public void R03_the_mid_term_column_is_checked_too()
    {
        var declaration = Create();
        declaration.MidTermFunding.Fiscal = 3_000_000m;

        var problem = SingleProblem(declaration);

        problem.Path.ShouldBe("midTermFunding.total");
        problem.Message.ShouldStartWith("中期资金：");
    }

    [Fact]
    public void R04_the_year_cannot_exceed_the_mid_term()
    {
        var declaration = Create();
        declaration.MidTermFunding = new FundingSplit { Total = 1_000_000m, Fiscal = 1_000_000m };
        declaration.Indicators[2].MidTerm.Value = 1_000_000m;

        var problem = SingleProblem(declaration);

        problem.Rule.ShouldBe(DeclarationRule.AnnualWithinMidTerm);
        problem.Path.ShouldBe("annualFunding.total");
        problem.Message.ShouldBe("年度资金总额 1,200,000.00 元超过中期资金总额 1,000,000.00 元。");
    }

    [Theory]
    [InlineData(20, 50, 80, 90, "disbursementPlan.december", "12月底累计支出进度应为 100%，现为 90%。")]
    [InlineData(20, 10, 80, 100, "disbursementPlan.june", "支出进度是累计数：6月底 10% 不能低于3月底 20%。")]
    [InlineData(-5, 50, 80, 100, "disbursementPlan.march", "3月底支出进度 -5% 应在 0 到 100 之间。")]
    [InlineData(20, 50, 80, 120, "disbursementPlan.december", "12月底支出进度 120% 应在 0 到 100 之间。")]
    public void R05_the_plan_is_cumulative_and_ends_at_100(int march, int june, int october, int december, string path, string message)
    {
        var declaration = Create();
        declaration.DisbursementPlan = new DisbursementPlan { March = march, June = june, October = october, December = december };

        var problem = SingleProblem(declaration);

        problem.Rule.ShouldBe(DeclarationRule.DisbursementPlan);
        problem.Path.ShouldBe(path);
        problem.Message.ShouldBe(message);
    }

    [Fact]
    public void R05_a_plan_without_december_is_incomplete()
    {
        var declaration = Create();
        declaration.DisbursementPlan = new DisbursementPlan { March = 30 };

        SingleProblem(declaration).Message.ShouldBe("12月底累计支出进度应为 100%，未填写。");
    }

    [Fact]
    public void R06_money_cost_targets_above_the_year_total_warn()
    {
        var declaration = Create();
        declaration.Indicators.Insert(3, Quantitative(4, "产出指标", "成本指标", "培训成本", Comparator.LessOrEqual, 10, 1, "万元"));

        var problem = SingleProblem(declaration);

        problem.Rule.ShouldBe(DeclarationRule.CostWithinFunding);
        problem.Severity.ShouldBe(Severity.Warning);
        problem.Path.ShouldBe("annualFunding.total");
        problem.Message.ShouldBe("年度成本指标合计 1,210,000.00 元，超过年度资金总额 1,200,000.00 元。");
    }

    [Fact]
    public void R06_cost_targets_equal_to_the_total_pass_and_units_other_than_money_do_not_count()
    {
        var declaration = Create();
        declaration.Indicators[2].Annual.Value = 1_000_000m;
        declaration.Indicators.InsertRange(3,
        [
            Quantitative(4, "产出指标", "成本指标", "培训成本", Comparator.LessOrEqual, 20, 20, "万元"),
            Quantitative(5, "产出指标", "成本指标", "人均成本", Comparator.LessOrEqual, 5_000, 5_000, "元/人"),
        ]);

        Check(declaration).ShouldBeEmpty();
    }

    [Fact]
    public void R06_in_the_2021_framework_cost_is_a_level_one_and_mid_term_is_checked()
    {
        var declaration = Create();
        declaration.Indicators.RemoveAt(2);
        declaration.Indicators.Insert(0, Quantitative(1, "成本指标", "经济成本指标", "平台运维成本", Comparator.LessOrEqual, 4_000_000, 1_000_000, "元"));

        var problem = SingleProblem(declaration, StandardFrameworks.National2021);

        problem.Path.ShouldBe("midTermFunding.total");
        problem.Message.ShouldStartWith("中期成本指标合计 4,000,000.00 元");
    }

    [Fact]
    public void Negative_and_fractional_cent_amounts_are_refused()
    {
        var declaration = Create();
        declaration.AnnualFunding.Other = -1m;
        declaration.BudgetLines[1].Amount = 600_000.001m;

        var problems = Check(declaration).Where(p => p.Rule == DeclarationRule.RequiredFields).ToList();

        problems.Select(p => p.Path).ShouldBe(["annualFunding.other", "budgetLines[1].amount"], ignoreOrder: true);
        problems.Single(p => p.Path == "annualFunding.other").Message.ShouldBe("金额应在 0 到 999,999,999,999.99 元之间，最多两位小数。");
        problems.Single(p => p.Path == "budgetLines[1].amount").Message.ShouldBe("预算明细第 2 行：金额应在 0 到 999,999,999,999.99 元之间，最多两位小数。");
    }
}
