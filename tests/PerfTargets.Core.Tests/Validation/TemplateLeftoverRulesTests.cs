using FluentValidation;
using PerfTargets.Core.Validation;
using static PerfTargets.Core.Tests.Validation.ValidDeclaration;

namespace PerfTargets.Core.Tests.Validation;

public class TemplateLeftoverRulesTests
{
    [Theory]
    [InlineData("贫困地区旅游景点开发数量( ≥**个 )", "( ≥**个 )")]
    [InlineData("游客满意度(≥**%)", "(≥**%)")]
    [InlineData("受益建档立卡贫困人口数≥**人", "≥**")]
    [InlineData("XX工程完成数量", "XX")]
    public void R18_a_placeholder_left_in_a_name_is_an_error_that_quotes_it(string name, string placeholder)
    {
        var declaration = Create();
        declaration.Indicators[0].Name = name;

        var problem = Check(declaration).Single(p => p.Rule == DeclarationRule.TemplateLeftover);

        problem.Severity.ShouldBe(Severity.Error);
        problem.Path.ShouldBe("indicators[0].name");
        problem.Message.ShouldContain($"留有模板占位符“{placeholder}”");
    }

    [Theory]
    [InlineData("指标1：监测网站", "指标1：")]
    [InlineData("★★★监测网站", "★★★")]
    [InlineData("*监测网站", "*")]
    public void R18_template_numbering_and_core_stars_are_warnings(string name, string leftover)
    {
        var declaration = Create();
        declaration.Indicators[0].Name = name;

        var problem = SingleProblem(declaration);

        problem.Severity.ShouldBe(Severity.Warning);
        problem.Message.ShouldContain($"“{leftover}”");
    }

    [Fact]
    public void R18_the_templates_instructions_in_a_goal_are_flagged()
    {
        var declaration = Create();
        declaration.AnnualGoals.Add("注：各地请根据实际情况，从上述绩效指标中选择适合的填报。");

        var problem = SingleProblem(declaration);

        problem.Path.ShouldBe("annualGoals[1]");
        problem.Message.ShouldStartWith("年度目标第 2 条中留有模板的填表说明");
    }

    [Fact]
    public void R18_ordinary_names_with_stars_of_rank_or_letters_pass()
    {
        var declaration = Create();
        declaration.Indicators[0].Name = "4A级景区接待量（万人次）";

        Check(declaration).ShouldNotContain(p => p.Rule == DeclarationRule.TemplateLeftover);
    }

    [Theory]
    [InlineData("分红第一年按总客%，第二年以后按余额分红", "按总客%")]
    [InlineData("受益群众满意度达到（≥%）", "到（≥%")]
    public void R18_a_per_cent_sign_without_a_figure_is_a_warning_that_quotes_it(string goal, string quoted)
    {
        var declaration = Create();
        declaration.AnnualGoals.Add(goal);

        var problem = SingleProblem(declaration);

        problem.Severity.ShouldBe(Severity.Warning);
        problem.Path.ShouldBe("annualGoals[1]");
        problem.Message.ShouldContain($"“{quoted}”百分号前没有数字");
    }

    [Theory]
    [InlineData("覆盖率提高到95%以上")]
    [InlineData("合格率 ≥ 98.5 %")]
    [InlineData("完成全年任务的１００％")]
    public void R18_a_per_cent_sign_after_its_figure_passes(string goal)
    {
        var declaration = Create();
        declaration.AnnualGoals.Add(goal);

        Check(declaration).ShouldNotContain(p => p.Rule == DeclarationRule.TemplateLeftover);
    }
}
