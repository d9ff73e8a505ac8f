using PerfTargets.Core.Declarations;
using PerfTargets.Core.Validation;
using static PerfTargets.Core.Tests.Validation.ValidDeclaration;

namespace PerfTargets.Core.Tests.Validation;

public class SatisfactionRulesTests
{
    [Fact]
    public void R21_satisfaction_outside_its_level_one_is_flagged_where_it_stands()
    {
        var declaration = Create();
        declaration.Indicators.Insert(1, Quantitative(2, "产出指标", "质量指标", "资助对象满意度", Comparator.GreaterOrEqual, 95, 95, "%"));

        var problem = Check(declaration)[0]; // then satisfaction also outnumbers the effects

        problem.Rule.ShouldBe(DeclarationRule.SatisfactionPlace);
        problem.Path.ShouldBe("indicators[1].level1");
        problem.Message.ShouldBe("“资助对象满意度”衡量满意度，应列在“满意度指标”下，不列在“产出指标/质量指标”下。");
    }

    [Fact]
    public void R21_satisfaction_does_not_stand_in_for_effects()
    {
        var declaration = Create();
        declaration.Indicators.Insert(5, Quantitative(6, "满意度指标", "服务对象满意度指标", "参训单位满意度", Comparator.GreaterOrEqual, 90, 90, "%"));

        SingleProblem(declaration).Message.ShouldStartWith("满意度指标（2 个）比效益指标（1 个）还多");
    }

    [Fact]
    public void R21_one_satisfaction_surveys_one_group()
    {
        var declaration = Create();
        declaration.Indicators[4].Name = "学生、家长、社会满意度";

        SingleProblem(declaration).Path.ShouldBe("indicators[4].name");
    }
}
