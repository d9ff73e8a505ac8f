using FluentValidation;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Taxonomy;
using PerfTargets.Core.Validation;
using static PerfTargets.Core.Tests.Validation.ValidDeclaration;

namespace PerfTargets.Core.Tests.Validation;

public class IndicatorRulesTests
{
    [Fact]
    public void R07_every_required_level_one_needs_an_indicator()
    {
        var declaration = Create();
        declaration.Indicators.RemoveAt(4);

        var problem = SingleProblem(declaration);

        problem.Rule.ShouldBe(DeclarationRule.RequiredLevel1);
        problem.Path.ShouldBe("indicators");
        problem.Message.ShouldBe("缺少一级指标“满意度指标”：2015版（财预〔2015〕88号）要求其下至少有一个三级指标。");
    }

    [Fact]
    public void R07_the_2021_framework_requires_cost_as_a_level_one()
    {
        var problems = Check(Create(), StandardFrameworks.National2021);

        problems.ShouldContain(p => p.Rule == DeclarationRule.RequiredLevel1 && p.Message.StartsWith("缺少一级指标“成本指标”", StringComparison.Ordinal));
    }

    [Fact]
    public void R08_a_level_two_under_the_wrong_level_one_is_reported()
    {
        var declaration = Create();
        declaration.Indicators.Add(Qualitative(6, "满意度指标", "社会效益指标", "正面宣传影响力", "达到良好等级"));

        var problem = SingleProblem(declaration);

        problem.Rule.ShouldBe(DeclarationRule.AllowedLevel2);
        problem.Path.ShouldBe("indicators[5].level2");
        problem.Message.ShouldBe("“正面宣传影响力”：二级指标“社会效益指标”不能列在一级指标“满意度指标”下（2015版（财预〔2015〕88号）在“满意度指标”下只有：服务对象满意度指标）。");
    }

    [Fact]
    public void R08_a_level_one_outside_the_framework_is_reported()
    {
        var declaration = Create();
        declaration.Indicators[3].Level1 = "效果指标";

        var problems = Check(declaration);

        problems.ShouldContain(p => p.Rule == DeclarationRule.AllowedLevel2 && p.Path == "indicators[3].level1");
        problems.ShouldContain(p => p.Rule == DeclarationRule.RequiredLevel1 && p.Message.Contains("效益指标", StringComparison.Ordinal));
    }

    [Fact]
    public void R08_effect_indicators_are_right_under_the_local_framework()
    {
        var declaration = Create();
        declaration.Indicators[3].Level1 = "效果指标";

        Check(declaration, StandardFrameworks.Local2021Effect).ShouldBeEmpty();
    }

    [Fact]
    public void R09_a_quantitative_target_needs_a_number_and_a_unit()
    {
        var declaration = Create();
        declaration.Indicators[0].Annual = new IndicatorTarget { Comparator = Comparator.GreaterOrEqual };

        var problem = SingleProblem(declaration);

        problem.Rule.ShouldBe(DeclarationRule.TargetShape);
        problem.Path.ShouldBe("indicators[0].annual");
        problem.Message.ShouldBe("“监测网站”是定量指标，其年度指标值缺少数值、计量单位。");
    }

    [Fact]
    public void R09_a_number_without_comparator_is_an_exact_target()
    {
        var declaration = Create();
        declaration.Indicators[0].MidTerm = new IndicatorTarget { Value = 8, Unit = "个" };
        declaration.Indicators[0].Annual = new IndicatorTarget { Value = 8, Unit = "个" };

        // Not an error; the reminder that a bare number means “=” is one warning for the form.
        var problem = SingleProblem(declaration);
        problem.Rule.ShouldBe(DeclarationRule.TargetShape);
        problem.Severity.ShouldBe(Severity.Warning);
        problem.Message.ShouldBe("1 个定量指标的年度指标值未写比较符（“监测网站” 8个），按“=”精确值理解；若是下限或上限，请写“≥”或“≤”。");
        declaration.Indicators[0].Annual.Display().ShouldBe("8个");
    }

    [Fact]
    public void A_row_marked_not_applicable_needs_no_target_and_does_not_count_as_an_indicator()
    {
        var declaration = Create();
        // Under 效益指标, after its one applicable row, as the form groups them.
        declaration.Indicators.InsertRange(4,
        [
            new Indicator { Sequence = 5, Level1 = "效益指标", Level2 = "生态效益指标", Name = "生态影响", Nature = IndicatorNature.Qualitative, NotApplicable = true },
            new Indicator { Sequence = 6, Level1 = "效益指标", Level2 = "经济效益指标", Name = "不适用", Nature = IndicatorNature.Qualitative },
            new Indicator { Sequence = 7, Level1 = "效益指标", Level2 = "可持续影响指标", Name = "长效机制", Nature = IndicatorNature.Quantitative,
                Annual = new IndicatorTarget { Text = "不适用" }, MidTerm = new IndicatorTarget { Text = "不适用" } },
        ]);

        Check(declaration).ShouldBeEmpty();
        declaration.Indicators.Skip(4).Take(3).ShouldAllBe(i => i.IsNotApplicable);

        declaration.Indicators.RemoveAt(3); // the only applicable 效益 row
        var problem = SingleProblem(declaration);
        problem.Rule.ShouldBe(DeclarationRule.RequiredLevel1);
        problem.Message.ShouldContain("“不适用”的行不算");
    }

    [Fact]
    public void A_named_row_with_a_real_target_is_applicable()
    {
        var indicator = Qualitative(1, "效益指标", "社会效益指标", "群众知晓率", "不适用");
        indicator.IsNotApplicable.ShouldBeTrue();
        indicator.Annual = new IndicatorTarget { Text = "持续提升" };
        indicator.IsNotApplicable.ShouldBeFalse();
    }

    [Fact]
    public void R09_a_qualitative_target_needs_a_grade()
    {
        var declaration = Create();
        declaration.Indicators[3].MidTerm = new IndicatorTarget { Comparator = Comparator.Equal };

        var problem = SingleProblem(declaration);

        problem.Path.ShouldBe("indicators[3].midTerm");
        problem.Message.ShouldBe("“网络安全防护意识”是定性指标，其中期指标值应填写等级或描述（如“持续提升”“较高”）。");
    }

    [Fact]
    public void R09_a_qualitative_target_with_a_unit_warns()
    {
        var declaration = Create();
        declaration.Indicators[3].Annual = new IndicatorTarget { Comparator = Comparator.Equal, Text = "良好", Unit = "%" };

        var problem = SingleProblem(declaration);

        problem.Severity.ShouldBe(Severity.Warning);
        problem.Rule.ShouldBe(DeclarationRule.TargetShape);
        problem.Message.ShouldContain("计量单位“%”");
    }

    [Fact]
    public void R09_a_qualitative_target_that_is_a_sentence_of_figures_warns()
    {
        var declaration = Create();
        declaration.Indicators[3].Annual = new IndicatorTarget { Text = "第一年按总投资额返本20%,分红按8%分红" };

        var problem = SingleProblem(declaration);

        problem.Severity.ShouldBe(Severity.Warning);
        problem.Path.ShouldBe("indicators[3].annual");
        problem.Message.ShouldContain("是一句含多个数字的话");
    }

    [Theory]
    [InlineData("2023年12月31日前")]
    [InlineData("2017.1-2017.12完成")]
    [InlineData("达到国家3A级标准")]
    [InlineData("7×24小时全年")]
    public void R09_a_grade_or_a_deadline_with_dates_is_not_a_sentence_of_figures(string text)
    {
        var declaration = Create();
        declaration.Indicators[3].Annual = new IndicatorTarget { Text = text };

        Check(declaration).ShouldNotContain(p => p.Rule == DeclarationRule.TargetShape);
    }

    [Fact]
    public void R09_an_empty_annual_target_is_an_error()
    {
        var declaration = Create();
        declaration.Indicators[1].Annual = new IndicatorTarget();

        var problem = SingleProblem(declaration);

        problem.Path.ShouldBe("indicators[1].annual");
        problem.Message.ShouldBe("“应急处置时限”的年度指标值未填写。");
    }

    [Fact]
    public void R09_mid_term_targets_are_not_required_of_a_form_with_one_target_column()
    {
        var declaration = Create();
        declaration.Indicators.ForEach(i => i.MidTerm = new IndicatorTarget());

        Check(declaration).ShouldBeEmpty();
    }

    [Fact]
    public void R09_a_form_that_uses_the_mid_term_column_needs_it_filled()
    {
        var declaration = Create();
        declaration.Indicators[1].MidTerm = new IndicatorTarget();

        var problem = SingleProblem(declaration);

        problem.Path.ShouldBe("indicators[1].midTerm");
        problem.Message.ShouldBe("“应急处置时限”的中期指标值未填写。");
    }

    [Theory]
    [InlineData(4, 101, "%")]
    [InlineData(4, -1, "%")]
    [InlineData(0, 120, "%")]
    public void R10_percentages_and_satisfaction_lie_between_0_and_100(int index, int value, string unit)
    {
        var declaration = Create();
        declaration.Indicators[index].Annual = new IndicatorTarget { Comparator = Comparator.GreaterOrEqual, Value = value, Unit = unit };
        declaration.Indicators[index].MidTerm = new IndicatorTarget { Comparator = Comparator.GreaterOrEqual, Value = Math.Max(value, 0) + 500, Unit = unit };

        var problems = Check(declaration).Where(p => p.Path == $"indicators[{index}].annual").ToList();

        problems.ShouldContain(p => p.Rule == DeclarationRule.PercentRange && p.Message.Contains("超出 0–100 的范围", StringComparison.Ordinal));
    }

    [Fact]
    public void R10_a_satisfaction_rate_in_points_is_held_to_100_too()
    {
        var declaration = Create();
        declaration.Indicators[4].Annual = new IndicatorTarget { Comparator = Comparator.GreaterOrEqual, Value = 95, Unit = "分" };
        declaration.Indicators[4].MidTerm = new IndicatorTarget { Comparator = Comparator.GreaterOrEqual, Value = 960, Unit = "分" };

        var problem = SingleProblem(declaration);

        problem.Rule.ShouldBe(DeclarationRule.PercentRange);
        problem.Path.ShouldBe("indicators[4].midTerm");
    }

    [Fact]
    public void R11_a_yearly_minimum_above_the_mid_term_minimum_warns()
    {
        var declaration = Create();
        declaration.Indicators[0].Annual.Value = 200;

        var problem = SingleProblem(declaration);

        problem.Rule.ShouldBe(DeclarationRule.AnnualAboveMidTerm);
        problem.Severity.ShouldBe(Severity.Warning);
        problem.Message.ShouldBe("“监测网站”：年度指标值 ≥200家 高于中期指标值 ≥150家。");
    }

    [Fact]
    public void R11_different_units_are_not_compared()
    {
        var declaration = Create();
        declaration.Indicators[0].Annual = new IndicatorTarget { Comparator = Comparator.GreaterOrEqual, Value = 200, Unit = "个" };

        Check(declaration).ShouldBeEmpty();
    }

    [Fact]
    public void R12_the_same_name_twice_under_one_level_two_warns()
    {
        var declaration = Create();
        declaration.Indicators.Insert(1, Quantitative(2, "产出指标", "数量指标", " 监测网站", Comparator.GreaterOrEqual, 10, 10, "家"));

        var problem = SingleProblem(declaration);

        problem.Rule.ShouldBe(DeclarationRule.DuplicateIndicator);
        problem.Path.ShouldBe("indicators[1].name");
        problem.Severity.ShouldBe(Severity.Warning);
    }

    [Fact]
    public void R14_fewer_than_half_quantified_warns()
    {
        var declaration = Create();
        declaration.Indicators[0] = Qualitative(1, "产出指标", "数量指标", "监测网站", "全覆盖");
        declaration.Indicators[1] = Qualitative(2, "产出指标", "时效指标", "应急处置", "及时");

        var problem = SingleProblem(declaration);

        problem.Rule.ShouldBe(DeclarationRule.QuantifiedShare);
        problem.Message.ShouldBe("定量指标只有 2 个（共 5 个适用的三级指标）：绩效指标应尽量量化，定量指标宜不少于一半。");
    }
}
