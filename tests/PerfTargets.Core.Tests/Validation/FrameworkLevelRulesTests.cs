using PerfTargets.Core.Taxonomy;
using PerfTargets.Core.Validation;
using static PerfTargets.Core.Tests.Validation.ValidDeclaration;

namespace PerfTargets.Core.Tests.Validation;

public class FrameworkLevelRulesTests
{
    [Fact]
    public void R22_a_level_name_of_another_framework_typed_as_a_three_level_name_is_flagged()
    {
        var declaration = Create();
        declaration.Indicators[2].Name = "社会成本指标";

        var problem = SingleProblem(declaration);

        problem.Rule.ShouldBe(DeclarationRule.FrameworkLevelNames);
        problem.Message.ShouldStartWith("三级指标“社会成本指标”是2021版（财预〔2021〕101号）“成本指标”下的二级指标的名称");
    }

    [Fact]
    public void R22_a_level_two_of_the_same_framework_without_its_suffix_is_flagged_too()
    {
        var declaration = Create();
        declaration.Indicators[3].Name = "社会效益";

        SingleProblem(declaration).Path.ShouldBe("indicators[3].name");
    }

    [Fact]
    public void R08_names_the_framework_a_misplaced_level_two_comes_from()
    {
        var declaration = Create();
        declaration.Indicators[2].Level2 = "经济成本指标";

        var problem = Check(declaration, StandardFrameworks.National2015).Single(p => p.Rule == DeclarationRule.AllowedLevel2);

        problem.Message.ShouldEndWith("；“经济成本指标”是2021版（财预〔2021〕101号）“成本指标”下的二级指标。");
    }
}
