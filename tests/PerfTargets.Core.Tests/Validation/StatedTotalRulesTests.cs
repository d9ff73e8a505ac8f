using PerfTargets.Core.Money;
using PerfTargets.Core.Validation;
using static PerfTargets.Core.Tests.Validation.ValidDeclaration;

namespace PerfTargets.Core.Tests.Validation;

public class StatedTotalRulesTests
{
    [Fact]
    public void R16_stated_totals_equal_to_their_lines_pass()
    {
        var declaration = Create();
        declaration.BudgetLines[0].ActualYearBefore = 550_000m;
        declaration.BudgetLines[1].ActualYearBefore = 500_000m;
        declaration.StatedBudgetLineTotals.Amount = 1_200_000m;
        declaration.StatedBudgetLineTotals.ActualYearBefore = 1_050_000m;

        Check(declaration).ShouldBeEmpty();
    }

    [Fact]
    public void R16_a_stated_total_off_by_ten_cents_of_a_wan_is_found()
    {
        var declaration = Create();
        declaration.MoneyUnit = MoneyUnit.TenThousandYuan;
        declaration.BudgetLines[0].ActualTwoYearsBefore = 312_300m;
        declaration.BudgetLines[1].ActualTwoYearsBefore = 100_000m;
        declaration.StatedBudgetLineTotals.ActualTwoYearsBefore = 412_400m;

        var problem = SingleProblem(declaration);

        problem.Rule.ShouldBe(DeclarationRule.StatedTotals);
        problem.Path.ShouldBe("statedBudgetLineTotals.actualTwoYearsBefore");
        problem.Message.ShouldBe("预算明细合计行的前年实际执行数填为 41.24 万元，各行之和为 41.23 万元，相差 0.01 万元。");
    }
}
