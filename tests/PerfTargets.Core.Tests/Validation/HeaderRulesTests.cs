using PerfTargets.Core.Declarations;
using PerfTargets.Core.Validation;
using static PerfTargets.Core.Tests.Validation.ValidDeclaration;

namespace PerfTargets.Core.Tests.Validation;

public class HeaderRulesTests
{
    [Fact]
    public void R13_an_empty_declaration_lists_each_required_field_once()
    {
        var problems = Check(new Declaration());

        problems.Select(p => p.Path).ShouldBe(["budgetYear", "projectName", "departmentId", "annualGoals", "indicators", "annualFunding.total", "kind", "periodText", "projectLeader"]);
        problems.ShouldAllBe(p => p.Rule == DeclarationRule.RequiredFields);
        problems.Where(p => p.IsError).Count().ShouldBe(6);
        problems.Single(p => p.Path == "projectName").Message.ShouldBe("请填写项目名称。");
    }

    [Fact]
    public void R13_blank_goals_do_not_count()
    {
        var declaration = Create();
        declaration.AnnualGoals = ["  "];

        SingleProblem(declaration).Path.ShouldBe("annualGoals");
    }

    [Fact]
    public void R13_lengths_are_held_to_the_limits_and_name_the_field()
    {
        var declaration = Create();
        declaration.ProjectName = new string('项', DeclarationLimits.ProjectName + 1);
        declaration.Indicators[0].Name = new string('指', DeclarationLimits.IndicatorName + 1);
        declaration.Narrative.Overview = new string('述', DeclarationLimits.Narrative + 1);

        var problems = Check(declaration);

        problems.Select(p => p.Path).ShouldBe(["projectName", "narrative.overview", "indicators[0].name"], ignoreOrder: true);
        problems.Single(p => p.Path == "projectName").Message.ShouldBe("项目名称不能超过 200 个字。");
    }

    [Fact]
    public void R13_an_undefined_project_kind_is_refused()
    {
        var declaration = Create();
        declaration.Kind = (ProjectKind)7;

        SingleProblem(declaration).Message.ShouldBe("请选择项目属性（新增项目或延续项目）。");
    }

    [Fact]
    public void R13_an_indicator_needs_its_levels_and_a_name()
    {
        var declaration = Create();
        declaration.Indicators[3].Name = "";

        var problem = SingleProblem(declaration);

        problem.Path.ShouldBe("indicators[3].name");
        problem.Message.ShouldBe("第 4 个三级指标：请填写三级指标名称。");
    }

    [Fact]
    public void R13_a_half_filled_row_is_told_what_it_lacks_and_nothing_else()
    {
        var declaration = Create();
        declaration.Indicators.Add(new Indicator { Sequence = 6, Nature = IndicatorNature.Quantitative });
        declaration.Indicators.Add(new Indicator { Sequence = 7, Nature = IndicatorNature.Quantitative });

        var problems = Check(declaration).Where(p => p.Path.StartsWith("indicators[5]", StringComparison.Ordinal)).ToList();

        problems.Select(p => p.Message).ShouldBe(
        [
            "第 6 个三级指标：请选择一级指标。",
            "第 6 个三级指标：请选择二级指标。",
            "第 6 个三级指标：请填写三级指标名称。",
            "第 6 个三级指标的中期指标值未填写。",
            "第 6 个三级指标的年度指标值未填写。",
        ]);
        Check(declaration).ShouldNotContain(p => p.Rule == DeclarationRule.DuplicateIndicator || p.Rule == DeclarationRule.AllowedLevel2);
    }

    [Fact]
    public void Errors_come_before_warnings()
    {
        var declaration = Create();
        declaration.Indicators[0].Annual.Value = 200;   // R11 warning
        declaration.ProjectName = "";                   // R13 error

        Check(declaration).Select(p => p.Rule).ShouldBe([DeclarationRule.RequiredFields, DeclarationRule.AnnualAboveMidTerm]);
    }

    [Fact]
    public void R13_a_form_that_does_not_say_new_or_continuing_is_kept_so_and_warned()
    {
        var declaration = Create();
        declaration.Kind = null;

        var problem = SingleProblem(declaration);

        problem.Path.ShouldBe("kind");
        problem.IsError.ShouldBeFalse();
        problem.Message.ShouldStartWith("未注明项目属性");
        declaration.Kind.Label().ShouldBe(string.Empty);
    }
}
