using PerfTargets.Core.Money;
using PerfTargets.Core.Validation.Review;

namespace PerfTargets.Core.Validation;

/// <summary>
/// 成本指标 stated in money should not add up to more than the project has: the annual targets
/// against 年度资金总额, the mid-term targets against 中期资金总额. Money counts in any spelling
/// (元, 万元, 万, 亿元), and a cost per thing (23万元/个) counts times the 数量 target that counts
/// those things (10个), as a reviewer multiplies them out.
/// </summary>
internal sealed class CostIndicatorRules : AbstractValidator<Declaration>
{
    public CostIndicatorRules()
    {
        RuleFor(d => d).Custom((declaration, context) =>
        {
            var costs = declaration.Indicators.Where(i => !i.IsNotApplicable && IndicatorReading.KindOf(i) == Level2Kind.Cost).ToList();
            if (costs.Count == 0)
            {
                return;
            }

            // What a cost per thing multiplies: the 数量 rows first, then any row counting the same thing (亩 of 灌溉面积 under 效益).
            var quantities = declaration.Indicators.Where(i => !i.IsNotApplicable && IndicatorReading.KindOf(i) != Level2Kind.Cost)
                .OrderBy(i => IndicatorReading.KindOf(i) == Level2Kind.Quantity ? 0 : 1).ToList();
            Check(context, declaration, costs, quantities, i => i.Annual, declaration.AnnualFunding.Total, "年度", "annualFunding.total");
            Check(context, declaration, costs, quantities, i => i.MidTerm, declaration.MidTermFunding.Total, "中期", "midTermFunding.total");
        });
    }

    private static void Check(ValidationContext<Declaration> context, Declaration declaration, List<Indicator> costs, List<Indicator> quantities,
        Func<Indicator, IndicatorTarget> period, decimal? funding, string periodName, string path)
    {
        if (funding is not { } total)
        {
            return;
        }

        var parts = new List<string>();
        var sum = 0m;
        foreach (var cost in costs)
        {
            var target = period(cost);
            if (target.Value is not { } value)
            {
                continue;
            }

            if (MoneyWords.TryYuanPer(target.Unit, out var yuan))
            {
                sum += value * yuan;
                parts.Add(target.Display());
            }
            else if (MoneyWords.TryRate(target.Unit, out var yuanPer, out var per)
                && quantities.Select(period).FirstOrDefault(q => q.Value is not null && string.Equals(q.Unit?.Trim(), per, StringComparison.Ordinal)) is { } count)
            {
                sum += value * yuanPer * count.Value!.Value;
                parts.Add($"{target.Display()} × {count.Display()}");
            }
        }

        if (parts.Count == 1 && parts[0].Contains('×', StringComparison.Ordinal) && sum * 2 < total)
        {
            var unit = MessageUnit.Of(declaration);
            context.Report(DeclarationRule.CostWithinFunding, path,
                $"按成本指标算，{periodName}产出只用到 {unit.FormatWithLabel(sum)}（{parts[0]}），不到{periodName}资金总额 {unit.FormatWithLabel(total)} 的一半：" +
                "产出数量与资金不相称，请核对数量指标或说明其余资金的用途。", Severity.Warning);
        }

        if (parts.Count > 0 && sum > total)
        {
            var unit = MessageUnit.Of(declaration);
            var workings = parts.Exists(p => p.Contains('×', StringComparison.Ordinal)) ? $"（{string.Join(" + ", parts)}）" : string.Empty;
            context.Report(DeclarationRule.CostWithinFunding, path,
                $"{periodName}成本指标合计 {unit.FormatWithLabel(sum)}{workings}，超过{periodName}资金总额 {unit.FormatWithLabel(total)}。", Severity.Warning);
        }
    }
}
