using PerfTargets.Core.Validation;
using static PerfTargets.Core.Tests.Validation.ValidDeclaration;

namespace PerfTargets.Core.Tests.Validation;

public class GoalRulesTests
{
    [Fact]
    public void R19_an_annual_goal_copied_from_the_mid_term_goal_is_flagged()
    {
        var declaration = Create();
        declaration.MidTermGoals = ["升级改造网络安全态势感知平台。"];

        var problem = SingleProblem(declaration);

        problem.Rule.ShouldBe(DeclarationRule.GoalWording);
        problem.Message.ShouldStartWith("年度目标与中期目标文字相同");
    }

    [Fact]
    public void R19_a_goal_that_only_spends_the_money_is_flagged()
    {
        var declaration = Create();
        declaration.AnnualGoals = ["按工作计划完成教育局重点项目建设经费预算安排"];

        SingleProblem(declaration).Message.ShouldStartWith("年度目标第 1 条只写了资金怎么花（“经费预算”）");
    }

    [Fact]
    public void R19_figures_a_goal_promises_need_an_indicator()
    {
        var declaration = Create();
        declaration.AnnualGoals = ["监测网站100家，培训学员9200人，安排资金120万元。"];

        var problem = SingleProblem(declaration);

        problem.Path.ShouldBe("annualGoals[0]");
        problem.Message.ShouldBe("年度目标第 1 条中的“9200人”没有相应的三级指标：目标中承诺的数字应有指标来衡量。");
    }

    [Fact]
    public void R19_a_goal_set_without_any_figure_and_only_directions_is_flagged_once()
    {
        var declaration = Create();
        declaration.AnnualGoals = ["进一步提高网络安全水平。", "全面改善防护条件。"];

        var problem = SingleProblem(declaration);

        problem.Path.ShouldBe("annualGoals[0]");
        problem.Message.ShouldStartWith("年度目标只有“进一步”“提高”这类方向性的话");
    }
}
