using PerfTargets.Core.Declarations;
using PerfTargets.Core.Validation;
using static PerfTargets.Core.Tests.Validation.ValidDeclaration;

namespace PerfTargets.Core.Tests.Validation;

public class NameTargetRulesTests
{
    [Fact]
    public void R20_a_figure_in_the_name_must_agree_with_the_target()
    {
        var declaration = Create();
        declaration.Indicators[0].Name = "监测网站100家";
        Check(declaration).ShouldBeEmpty();

        declaration.Indicators[0].Name = "监测网站120家";
        var problem = SingleProblem(declaration);
        problem.Rule.ShouldBe(DeclarationRule.NameMatchesTarget);
        problem.Message.ShouldBe("“监测网站120家”的名称写着“120家”，年度指标值却是“≥100家”：名称只写衡量什么，数值写在指标值栏，两处应一致。");
    }

    [Fact]
    public void R20_a_completion_rate_is_an_output_not_an_effect()
    {
        var declaration = Create();
        declaration.Indicators.Insert(4, Quantitative(5, "效益指标", "社会效益指标", "项目验收合格率", Comparator.GreaterOrEqual, 95, 95, "%"));

        var problem = SingleProblem(declaration);

        problem.Path.ShouldBe("indicators[4].level1");
        problem.Message.ShouldContain("应列在产出指标下");
    }

    [Fact]
    public void R20_budget_execution_and_input_money_are_not_outputs_or_costs()
    {
        var declaration = Create();
        declaration.Indicators[1] = Quantitative(2, "产出指标", "时效指标", "预算资金当年下达率", Comparator.Equal, 100, 100, "%");
        declaration.Indicators[2].Name = "财政资金补助";

        var problems = Check(declaration).Where(p => p.Rule == DeclarationRule.NameMatchesTarget).Select(p => p.Path).ToList();

        problems.ShouldBe(["indicators[1].name", "indicators[2].name"]);
    }

    [Fact]
    public void R20_one_count_filed_as_two_indicators_is_asked_about_but_two_equal_costs_are_not()
    {
        var declaration = Create();
        declaration.Indicators.Insert(1, Quantitative(2, "产出指标", "数量指标", "接入单位", Comparator.GreaterOrEqual, 100, 100, "家"));
        declaration.Indicators.Insert(4, Quantitative(5, "产出指标", "成本指标", "培训成本", Comparator.LessOrEqual, 600_000, 600_000, "元"));
        declaration.Indicators[3].Annual.Value = 600_000m; // two costs of 600,000 元 each are two facts

        var problem = SingleProblem(declaration);

        problem.Path.ShouldBe("indicators[1].annual");
        problem.Message.ShouldContain("与“监测网站”的年度指标值相同（≥100家）");
    }

    [Fact]
    public void R20_a_target_written_into_the_name_is_flagged()
    {
        var declaration = Create();
        declaration.Indicators[0].Name = "建档立卡学生全面覆盖";

        SingleProblem(declaration).Message.ShouldContain("名称里写了目标（“全面覆盖”）");
    }

    [Theory]
    [InlineData("扶持标准达标率", "扶持标准达标率")]
    [InlineData("补助资金发放合规率", "合规率")]
    public void R20_keeping_to_a_standard_is_compliance_not_quality(string name, string quoted)
    {
        var declaration = Create();
        declaration.Indicators.Insert(1, Quantitative(2, "产出指标", "质量指标", name, Comparator.Equal, 100, 100, "%"));

        var problem = SingleProblem(declaration);

        problem.Path.ShouldBe("indicators[1].name");
        problem.Message.ShouldContain($"是否按规定标准办事（{quoted}），不是产出的质量");
    }

    [Fact]
    public void R20_a_pass_rate_of_what_is_delivered_is_quality()
    {
        var declaration = Create();
        declaration.Indicators.Insert(1, Quantitative(2, "产出指标", "质量指标", "设备验收合格率", Comparator.GreaterOrEqual, 98, 98, "%"));

        Check(declaration).ShouldNotContain(p => p.Rule == DeclarationRule.NameMatchesTarget);
    }
}
