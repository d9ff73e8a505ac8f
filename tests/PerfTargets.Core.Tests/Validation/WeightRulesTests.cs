using PerfTargets.Core.Declarations;
using PerfTargets.Core.Validation;
using static PerfTargets.Core.Tests.Validation.ValidDeclaration;

namespace PerfTargets.Core.Tests.Validation;

public class WeightRulesTests
{
    /// <summary>The valid declaration scored as forms score: 30 + 20 + 10 + 20 + 20 = 100.</summary>
    private static Declaration Weighted()
    {
        var declaration = Create();
        decimal[] weights = [30, 20, 10, 20, 20];
        for (var i = 0; i < weights.Length; i++)
        {
            declaration.Indicators[i].Weight = weights[i];
        }

        return declaration;
    }

    [Fact]
    public void R15_weights_adding_up_to_100_pass()
    {
        Check(Weighted()).ShouldBeEmpty();
    }

    [Fact]
    public void R15_weights_must_add_up_to_100_when_the_form_states_no_total()
    {
        var declaration = Weighted();
        declaration.Indicators[0].Weight = 25;

        var problem = SingleProblem(declaration);

        problem.Rule.ShouldBe(DeclarationRule.WeightSum);
        problem.Path.ShouldBe("indicators");
        problem.Message.ShouldBe("三级指标权重合计 95 分，与总分 100 分（未写明总分，按 100 计）不符，少 5 分。");
    }

    [Fact]
    public void R15_weights_add_up_to_the_total_the_form_states()
    {
        var declaration = Weighted();
        declaration.Indicators[0].Weight = 20;
        declaration.WeightTotal = 90; // 10 points for budget execution are scored outside the tree

        Check(declaration).ShouldBeEmpty();
    }

    [Fact]
    public void R15_an_applicable_indicator_without_weight_is_named()
    {
        var declaration = Weighted();
        declaration.Indicators[1].Weight = null;

        var problems = Check(declaration);

        problems.Select(p => p.Path).ShouldBe(["indicators[1].weight", "indicators"]);
        problems[0].Message.ShouldBe("“应急处置时限”未填权重：本表的三级指标按分值评分，每个适用的指标都应有权重。");
    }

    [Fact]
    public void R15_level_one_subtotals_are_checked_against_their_indicators()
    {
        var declaration = Weighted();
        declaration.Level1Weights =
        [
            new Level1Weight { Level1 = "产出指标", Weight = 60 },
            new Level1Weight { Level1 = "效益指标", Weight = 20 },
            new Level1Weight { Level1 = "满意度指标", Weight = 20 },
        ];
        Check(declaration).ShouldBeEmpty();

        declaration.Level1Weights[0].Weight = 50;
        var problems = Check(declaration);

        problems.Select(p => p.Path).ShouldBe(["level1Weights[0].weight", "level1Weights"]);
        problems[0].Message.ShouldBe("一级指标“产出指标”分值 50 分，其下三级指标权重合计 60 分，两者不符。");
        problems[1].Message.ShouldBe("一级指标分值合计 90 分，与总分 100 分不符。");
    }

    [Fact]
    public void R15_weights_lie_in_range_with_two_decimals()
    {
        var declaration = Weighted();
        declaration.Indicators[0].Weight = -1;
        declaration.Indicators[1].Weight = 20.125m;

        var problems = DeclarationCheck.StorageProblems(declaration);

        problems.Select(p => p.Message).ShouldBe(["第 1 个三级指标：权重应在 0 到 1000 之间。", "第 2 个三级指标：权重最多两位小数。"]);
    }

    [Fact]
    public void Declarations_without_weights_are_not_scored()
    {
        Create().HasWeights.ShouldBeFalse();
        Check(Create()).ShouldBeEmpty();
    }
}
