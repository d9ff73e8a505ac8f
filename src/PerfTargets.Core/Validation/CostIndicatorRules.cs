using FluentValidation;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Money;

namespace PerfTargets.Core.Validation;

/// <summary>
/// 成本指标 stated in money should not add up to more than the project has: the annual targets
/// against 年度资金总额, the mid-term targets against 中期资金总额.
/// </summary>
internal sealed class CostIndicatorRules : AbstractValidator<Declaration>
{
    private static readonly Dictionary<string, decimal> YuanPerUnit = new(StringComparer.Ordinal)
    {
        ["元"] = 1m,
        ["千元"] = 1_000m,
        ["万元"] = 10_000m,
        ["亿元"] = 100_000_000m,
    };

    public CostIndicatorRules()
    {
        RuleFor(d => d).Custom((declaration, context) =>
        {
            var costs = declaration.Indicators.Where(i => i.Level1 == "成本指标" || i.Level2 == "成本指标").ToList();
            if (costs.Count == 0)
            {
                return;
            }

            Check(context, declaration, costs.Select(i => i.Annual), declaration.AnnualFunding.Total, "年度", "annualFunding.total");
            Check(context, declaration, costs.Select(i => i.MidTerm), declaration.MidTermFunding.Total, "中期", "midTermFunding.total");
        });
    }

    private static void Check(ValidationContext<Declaration> context, Declaration declaration, IEnumerable<IndicatorTarget> targets,
        decimal? funding, string period, string path)
    {
        if (funding is not { } total)
        {
            return;
        }

        var inMoney = targets
            .Where(t => t.Value is not null && t.Unit is not null && YuanPerUnit.ContainsKey(t.Unit.Trim()))
            .ToList();
        var sum = inMoney.Sum(t => t.Value!.Value * YuanPerUnit[t.Unit!.Trim()]);
        if (inMoney.Count > 0 && sum > total)
        {
            var unit = MessageUnit.Of(declaration);
            context.Report(DeclarationRule.CostWithinFunding, path,
                $"{period}成本指标合计 {unit.FormatWithLabel(sum)}，超过{period}资金总额 {unit.FormatWithLabel(total)}。", Severity.Warning);
        }
    }
}
