using PerfTargets.Core.Declarations;
using PerfTargets.Core.Validation;
using PerfTargets.Core.Validation.Review;
using static PerfTargets.Core.Tests.Validation.ValidDeclaration;

namespace PerfTargets.Core.Tests.Validation;

public class UnitRulesTests
{
    [Fact]
    public void R17_units_that_fit_their_level_two_pass()
    {
        Check(Create()).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(0, "%", "“监测网站”的计量单位“%”不适合“数量指标”：数量指标应使用个、人、次、公里、亩等计数或计量单位。")]
    [InlineData(1, "%", "“应急处置时限”的计量单位“%”与指标名称不符：时间应写期限或时长（如“30天”“12月底前”），不用“%”。")]
    [InlineData(2, "个", "“平台运维成本”的计量单位“个”不适合“成本指标”：成本指标应使用元、万元或元/件等金额单位（或 %），并用“≤”。")]
    [InlineData(0, "万", "“监测网站”的计量单位“万”不是完整的单位：应为万元（金额）或万人（人数）。")]
    public void R17_a_unit_that_does_not_fit_is_named_with_the_unit_meant(int row, string unit, string message)
    {
        var declaration = Create();
        declaration.Indicators[row].MidTerm.Unit = unit;
        declaration.Indicators[row].Annual.Unit = unit;

        var problem = Check(declaration).Single(p => p.Rule == DeclarationRule.UnitFits);

        problem.Path.ShouldBe($"indicators[{row}].annual");
        problem.Message.ShouldBe(message);
    }

    [Fact]
    public void R17_people_are_counted_in_persons_and_a_rate_is_not_a_quantity()
    {
        var declaration = Create();
        declaration.Indicators[0].Name = "受益脱贫户人口数";
        declaration.Indicators[0].Annual.Unit = declaration.Indicators[0].MidTerm.Unit = "户";
        declaration.Indicators.Insert(1, Quantitative(2, "产出指标", "数量指标", "种植作物成活率", Comparator.GreaterOrEqual, 85, 85, "%"));

        var problems = Check(declaration).Where(p => p.Rule == DeclarationRule.UnitFits).ToList();

        problems.Select(p => p.Path).ShouldBe(["indicators[0].annual", "indicators[1].level2"]);
        problems[0].Message.ShouldContain("人数应以“人”");
        problems[1].Message.ShouldContain("是比率（作物成活率）");
    }

    [Fact]
    public void R17_a_money_cost_is_a_ceiling_and_a_qualitative_cost_is_flagged()
    {
        var declaration = Create();
        declaration.Indicators[2].Annual.Comparator = Comparator.GreaterOrEqual;
        declaration.Indicators[2].MidTerm.Comparator = Comparator.GreaterOrEqual;

        Check(declaration).Single(p => p.Rule == DeclarationRule.UnitFits).Message.ShouldContain("应写“≤”");

        declaration.Indicators[2] = Qualitative(3, "产出指标", "成本指标", "建设项目成本", "参照政府采购成本控制");
        Check(declaration).Single(p => p.Rule == DeclarationRule.UnitFits).Path.ShouldBe("indicators[2].nature");
    }

    [Fact]
    public void R17_the_unit_table_is_the_installations_to_extend()
    {
        var declaration = Create();
        declaration.Indicators[0].Annual.Unit = declaration.Indicators[0].MidTerm.Unit = "档";
        var settings = new RuleSettings();
        settings.Units.Counts.Remove("家");
        settings.Units.Percents.Add("档");

        Check(declaration).ShouldBeEmpty(); // a unit the table does not know is not judged
        DeclarationCheck.Problems(declaration, Framework(), settings).Single().Rule.ShouldBe(DeclarationRule.UnitFits);
    }
}
