using PerfTargets.Core.Money;

namespace PerfTargets.Core.Validation;

/// <summary>
/// The 合计 row of the budget-line table as the form states it (金额, and the two prior years'
/// 实际执行数) equals the sum of its lines: a stated total is kept as written so that a form whose
/// total is off (a real one by 0.10 万元) is found.
/// </summary>
internal sealed class StatedTotalRules : AbstractValidator<Declaration>
{
    private static readonly (string Name, string Label, Func<BudgetLineTotals, decimal?> Stated, Func<BudgetLine, decimal?> Line)[] Columns =
    [
        ("amount", "金额", t => t.Amount, l => l.Amount),
        ("actualTwoYearsBefore", "前年实际执行数", t => t.ActualTwoYearsBefore, l => l.ActualTwoYearsBefore),
        ("actualYearBefore", "上年实际执行数", t => t.ActualYearBefore, l => l.ActualYearBefore),
    ];

    public StatedTotalRules()
    {
        RuleFor(d => d).Custom((declaration, context) =>
        {
            var unit = MessageUnit.Of(declaration);
            foreach (var column in Columns)
            {
                if (column.Stated(declaration.StatedBudgetLineTotals) is not { } stated)
                {
                    continue;
                }

                var sum = declaration.BudgetLines.Sum(l => column.Line(l) ?? 0m);
                if (sum != stated)
                {
                    context.Report(DeclarationRule.StatedTotals, $"statedBudgetLineTotals.{column.Name}",
                        $"预算明细合计行的{column.Label}填为 {unit.FormatWithLabel(stated)}，各行之和为 {unit.FormatWithLabel(sum)}，" +
                        $"相差 {unit.FormatWithLabel(Math.Abs(stated - sum))}。");
                }
            }
        });
    }
}
