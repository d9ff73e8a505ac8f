using PerfTargets.Core.Money;
using PerfTargets.Sheets.Pasting;

namespace PerfTargets.Sheets.Tests.Pasting;

public sealed class PastedBudgetLinesTests
{
    [Fact]
    public void A_headingless_block_fills_the_grids_columns_in_the_forms_unit()
    {
        var pasted = PastedBudgetLines.Read("培训费\t两期培训\t200\t人次\t0.05\t10\r\n印刷费\t\t\t\t\t1.5", MoneyUnit.TenThousandYuan, BudgetLineField.Item);

        pasted.Problems.ShouldBeEmpty();
        pasted.Rows.Count.ShouldBe(2);
        (pasted.Rows[0].Item, pasted.Rows[0].Quantity, pasted.Rows[0].QuantityUnit, pasted.Rows[0].UnitStandard, pasted.Rows[0].Amount)
            .ShouldBe(("培训费", 200m, "人次", 500m, 100_000m));
        pasted.Rows[1].Amount.ShouldBe(15_000m);
    }

    [Fact]
    public void A_heading_row_maps_the_columns_and_a_total_row_is_passed_over()
    {
        var pasted = PastedBudgetLines.Read("金额\t支出明细项目\r\n1,200.50\t办公费\r\n1,200.50\t合计", MoneyUnit.Yuan, BudgetLineField.Amount);

        pasted.Rows.ShouldHaveSingleItem().Amount.ShouldBe(1_200.50m);
        pasted.Rows[0].Item.ShouldBe("办公费");
    }

    [Fact]
    public void An_amount_that_is_none_is_said_at_its_row_and_column()
    {
        var pasted = PastedBudgetLines.Read("办公费\t\t\t\t\t一千元\r\n差旅费\t\t\t\t\t800", MoneyUnit.Yuan, BudgetLineField.Item);

        pasted.Rows.Count.ShouldBe(2);
        var problem = pasted.Problems.ShouldHaveSingleItem();
        (problem.Row, problem.Field, problem.Text).ShouldBe((0, BudgetLineField.Amount, "一千元"));
    }

    [Fact]
    public void A_block_from_the_amount_column_fills_from_there()
    {
        var pasted = PastedBudgetLines.Read("300\t100\t200", MoneyUnit.Yuan, BudgetLineField.Amount);

        var line = pasted.Rows.ShouldHaveSingleItem();
        (line.Amount, line.ActualTwoYearsBefore, line.ActualYearBefore).ShouldBe((300m, 100m, 200m));
    }
}
