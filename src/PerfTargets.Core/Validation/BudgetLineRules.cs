using PerfTargets.Core.Money;

namespace PerfTargets.Core.Validation;

/// <summary>项目支出预算明细: the lines add up to the year's total, and each line's quantity × standard to its amount.</summary>
internal sealed class BudgetLineRules : AbstractValidator<Declaration>
{
    public BudgetLineRules()
    {
        RuleFor(d => d).Custom((declaration, context) =>
        {
            if (declaration.BudgetLines.Count == 0)
            {
                return;
            }

            var unit = MessageUnit.Of(declaration);
            var sum = declaration.BudgetLinesTotal;
            if (declaration.AnnualFunding.Total is not { } total)
            {
                context.Report(DeclarationRule.BudgetLinesSum, "annualFunding.total",
                    $"已填预算明细（合计 {unit.FormatWithLabel(sum)}），但未填年度资金总额。");
            }
            else if (sum != total)
            {
                context.Report(DeclarationRule.BudgetLinesSum, "budgetLines",
                    $"预算明细合计 {unit.FormatWithLabel(sum)}，与年度资金总额 {unit.FormatWithLabel(total)}不符，" +
                    $"{(sum < total ? "少" : "多")} {unit.FormatWithLabel(Math.Abs(total - sum))}。");
            }

            for (var i = 0; i < declaration.BudgetLines.Count; i++)
            {
                var line = declaration.BudgetLines[i];
                if (line is { Quantity: { } quantity, UnitStandard: { } standard }
                    && Math.Round(quantity * standard, 2, MidpointRounding.AwayFromZero) is var product && product != line.Amount)
                {
                    context.Report(DeclarationRule.BudgetLineProduct, $"budgetLines[{i}].amount",
                        $"第 {i + 1} 行“{line.Item}”：数量 {quantity:0.######} × 标准 {unit.FormatWithLabel(standard)} = {unit.FormatWithLabel(product)}，" +
                        $"与金额 {unit.FormatWithLabel(line.Amount)}不符。");
                }
            }
        });
    }
}
