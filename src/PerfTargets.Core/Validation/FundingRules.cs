using PerfTargets.Core.Money;

namespace PerfTargets.Core.Validation;

/// <summary>项目资金: each column's sources add up to its total, and the year stays within the mid-term.</summary>
internal sealed class FundingRules : AbstractValidator<Declaration>
{
    public FundingRules()
    {
        RuleFor(d => d).Custom((declaration, context) =>
        {
            var unit = MessageUnit.Of(declaration);
            CheckColumn(context, unit, declaration.MidTermFunding, "midTermFunding", "中期资金");
            CheckColumn(context, unit, declaration.AnnualFunding, "annualFunding", "年度资金");
            CheckColumn(context, unit, declaration.PriorYearsFunding, "priorYearsFunding", "以前年度已安排资金");

            if (declaration is { AnnualFunding.Total: { } annual, MidTermFunding.Total: { } midTerm } && annual > midTerm)
            {
                context.Report(DeclarationRule.AnnualWithinMidTerm, "annualFunding.total",
                    $"年度资金总额 {unit.FormatWithLabel(annual)}超过中期资金总额 {unit.FormatWithLabel(midTerm)}。");
            }
        });
    }

    private static void CheckColumn(ValidationContext<Declaration> context, MoneyUnit unit, FundingSplit column, string path, string name)
    {
        if (column.Fiscal is not null || column.Other is not null)
        {
            var sources = (column.Fiscal ?? 0) + (column.Other ?? 0);
            if (column.Total is not { } total)
            {
                context.Report(DeclarationRule.FundingSources, $"{path}.total", $"{name}：已填资金来源，但未填资金总额。");
            }
            else if (sources != total)
            {
                context.Report(DeclarationRule.FundingSources, $"{path}.total",
                    $"{name}：财政拨款 {unit.FormatWithLabel(column.Fiscal ?? 0)} + 其他资金 {unit.FormatWithLabel(column.Other ?? 0)} = " +
                    $"{unit.FormatWithLabel(sources)}，与资金总额 {unit.FormatWithLabel(total)}不符。");
            }
        }

        if (column.FiscalSuperior is not null || column.FiscalLocal is not null || column.FiscalSubordinate is not null)
        {
            var parts = (column.FiscalSuperior ?? 0) + (column.FiscalLocal ?? 0) + (column.FiscalSubordinate ?? 0);
            if (parts != (column.Fiscal ?? 0))
            {
                context.Report(DeclarationRule.FundingSources, $"{path}.fiscal",
                    $"{name}：上级财政拨款、本级财政安排、下级财政配套合计 {unit.FormatWithLabel(parts)}，" +
                    $"与财政拨款 {unit.FormatWithLabel(column.Fiscal ?? 0)}不符。");
            }
        }

        if (column.OtherOwnFunds is { } own && own > (column.Other ?? 0))
        {
            context.Report(DeclarationRule.FundingSources, $"{path}.otherOwnFunds",
                $"{name}：其中自有资金 {unit.FormatWithLabel(own)}超过其他资金 {unit.FormatWithLabel(column.Other ?? 0)}。");
        }
    }
}
