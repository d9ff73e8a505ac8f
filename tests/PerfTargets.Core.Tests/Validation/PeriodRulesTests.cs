using PerfTargets.Core.Declarations;
using PerfTargets.Core.Validation;
using static PerfTargets.Core.Tests.Validation.ValidDeclaration;

namespace PerfTargets.Core.Tests.Validation;

public class PeriodRulesTests
{
    /// <summary>The valid declaration as a one-year project: no 中期 half, period 2026.</summary>
    private static Declaration Annual()
    {
        var declaration = Create();
        declaration.MidTermStartYear = declaration.MidTermEndYear = null;
        declaration.MidTermFunding = new FundingSplit();
        declaration.MidTermGoals = [];
        declaration.Indicators.ForEach(i => i.MidTerm = new IndicatorTarget());
        declaration.PeriodText = "2026年1月至2026年12月";
        return declaration;
    }

    [Fact]
    public void R25_an_annual_declaration_within_its_year_passes()
    {
        Check(Annual()).ShouldBeEmpty();
    }

    [Fact]
    public void R25_an_annual_declaration_whose_period_runs_past_its_year_is_warned()
    {
        var declaration = Annual();
        declaration.PeriodText = "2026.1-2028.12";

        var problem = SingleProblem(declaration);

        problem.Rule.ShouldBe(DeclarationRule.PeriodFits);
        problem.Path.ShouldBe("periodText");
        problem.Message.ShouldStartWith("项目期（2026年1月至2028年12月）超出预算年度 2026 年");
    }

    [Fact]
    public void R25_a_mid_term_half_on_a_one_year_project_is_warned()
    {
        var declaration = Create();
        declaration.MidTermEndYear = 2026;

        SingleProblem(declaration).Path.ShouldBe("midTermGoals[0]");
    }

    [Fact]
    public void R25_a_timeliness_target_beyond_the_period_is_warned()
    {
        var declaration = Annual();
        declaration.Indicators[1] = Quantitative(2, "产出指标", "时效指标", "资格有效期", Comparator.Equal, 3, 3, "年");
        declaration.Indicators[1].MidTerm = new IndicatorTarget();

        SingleProblem(declaration).Message.ShouldStartWith("“资格有效期”的年度指标值“=3年”超出项目期（2026年1月至2026年12月）");
    }

    [Fact]
    public void R25_no_money_is_planned_before_the_start_or_after_the_end()
    {
        var declaration = Annual();
        declaration.StartDate = new DateOnly(2026, 4, 1);
        declaration.EndDate = new DateOnly(2026, 9, 30);

        var problems = Check(declaration).Select(p => (p.Path, p.Message)).ToList();

        problems.Select(p => p.Path).ShouldBe(["disbursementPlan.march", "disbursementPlan.october", "disbursementPlan.december"]);
        problems[0].Message.ShouldBe("项目 2026 年 4 月开始，资金支出计划却在3月底已支出 20%：开工前不应有支出。");
    }
}
