using FluentValidation;
using PerfTargets.Core.Validation;
using PerfTargets.Core.Validation.Review;
using static PerfTargets.Core.Tests.Validation.ValidDeclaration;

namespace PerfTargets.Core.Tests.Validation;

public class IndicatorCountRulesTests
{
    [Fact]
    public void R23_fewer_indicators_than_the_minimum_is_an_error_and_the_minimum_is_a_setting()
    {
        var declaration = Create();
        var settings = new RuleSettings { MinimumIndicators = 6 };

        var problem = DeclarationCheck.Problems(declaration, Framework(), settings).Single();

        problem.Rule.ShouldBe(DeclarationRule.IndicatorCount);
        problem.Severity.ShouldBe(Severity.Error);
        problem.Message.ShouldStartWith("只有 5 个适用的三级指标，至少需要 6 个");
    }

    [Fact]
    public void R23_a_2015_tree_without_a_cost_indicator_is_warned()
    {
        var declaration = Create();
        declaration.Indicators.RemoveAt(2);

        var problem = SingleProblem(declaration);

        problem.Severity.ShouldBe(Severity.Warning);
        problem.Message.ShouldStartWith("没有成本指标");
    }

    [Fact]
    public void R23_rows_out_of_the_frameworks_order_are_warned()
    {
        var declaration = Create();
        (declaration.Indicators[0], declaration.Indicators[4]) = (declaration.Indicators[4], declaration.Indicators[0]);

        SingleProblem(declaration).Message.ShouldStartWith("三级指标没有按一级指标分组排列（应依次为：产出指标、效益指标、满意度指标）");
    }
}
