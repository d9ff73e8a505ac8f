using System.Text.RegularExpressions;
using PerfTargets.Core.Money;
using PerfTargets.Core.Validation.Review;

namespace PerfTargets.Core.Validation;

/// <summary>
/// 绩效目标: the year's goal is not the mid-term goal copied, a goal says what the money achieves
/// rather than what it buys, and the figures a goal promises are carried by an indicator that will
/// measure them.
/// </summary>
internal sealed partial class GoalRules : AbstractValidator<Declaration>
{
    public GoalRules()
    {
        RuleFor(d => d).Custom((declaration, context) =>
        {
            var annual = declaration.AnnualGoals.Where(g => !string.IsNullOrWhiteSpace(g)).ToList();
            var midTerm = declaration.MidTermGoals.Where(g => !string.IsNullOrWhiteSpace(g)).ToList();
            if (annual.Count > 0 && midTerm.Count > 0 && Plain(string.Concat(annual)) == Plain(string.Concat(midTerm)))
            {
                context.Report(DeclarationRule.GoalWording, "annualGoals[0]",
                    "年度目标与中期目标文字相同：年度目标应写本年度要完成的部分（本年的产出和效果），中期目标写整个实施期的。", Severity.Warning);
            }

            var units = DeclarationValidator.SettingsOf(context).Units;
            // Directional sentences are fine beside goals that state figures; a set with none cannot be measured.
            var measurableGoals = annual.Exists(g => units.FiguresIn(g).Any());
            for (var i = 0; i < declaration.AnnualGoals.Count; i++)
            {
                var goal = declaration.AnnualGoals[i];
                if (string.IsNullOrWhiteSpace(goal))
                {
                    continue;
                }

                var figures = units.FiguresIn(goal).ToList();
                var vague = DeclarationValidator.SettingsOf(context).VagueWords.Where(w => goal.Contains(w, StringComparison.Ordinal)).Take(3).ToList();
                if (Spending().IsMatch(goal) && !Outcome().IsMatch(goal) && figures.Count == 0)
                {
                    context.Report(DeclarationRule.GoalWording, $"annualGoals[{i}]",
                        $"年度目标第 {i + 1} 条只写了资金怎么花（“{Spending().Match(goal).Value}”），没有写要达到的产出和效果：" +
                        "请写清做成什么、做多少、带来什么变化（如“完成 3 所学校校舍维修 1200 平方米，消除 D 级危房”）。", Severity.Warning);
                }

                else if (figures.Count == 0 && vague.Count > 0 && !measurableGoals)
                {
                    context.Report(DeclarationRule.GoalWording, $"annualGoals[{i}]",
                        $"年度目标只有“{string.Join("”“", vague)}”这类方向性的话，没有一个可衡量的内容：" +
                        "请写清本年做成什么、做多少、达到什么水平（数字由三级指标衡量）。", Severity.Warning);
                    measurableGoals = true; // said once for the whole set
                }

                var uncarried = figures
                    .Where(f => !Carried(declaration, units, f.Number, f.Unit))
                    .Select(f => f.Number + f.Unit)
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
                if (uncarried.Count > 0)
                {
                    context.Report(DeclarationRule.GoalWording, $"annualGoals[{i}]",
                        $"年度目标第 {i + 1} 条中的{string.Join("、", uncarried.Select(f => $"“{f}”"))}没有相应的三级指标：目标中承诺的数字应有指标来衡量。", Severity.Warning);
                }
            }
        });
    }

    /// <summary>Whether an indicator (or the money) carries the figure a goal states.</summary>
    private static bool Carried(Declaration declaration, UnitTable units, string written, string unit)
    {
        if (!units.TryQuantity(written, unit, out var number))
        {
            return true; // a year, a date or a duration: the period rules judge those
        }

        var goalYuan = MoneyWords.TryYuanPer(unit, out var goalPer) ? number * goalPer : (decimal?)null;
        if (goalYuan is { } amount && new[] { declaration.AnnualFunding.Total, declaration.MidTermFunding.Total, declaration.AnnualFunding.Fiscal }.Contains(amount))
        {
            return true;
        }

        return declaration.Indicators.Exists(i =>
            i.Name.Contains(written, StringComparison.Ordinal)
            || new[] { i.Annual, i.MidTerm }.Any(t => t.Value is { } value
                && (value == number || goalYuan is not null && MoneyWords.TryYuanPer(t.Unit, out var per) && value * per == goalYuan)));
    }

    /// <summary>The text without spaces and punctuation, to compare two goals as written.</summary>
    private static string Plain(string text) => string.Concat(text.Where(char.IsLetterOrDigit));

    [GeneratedRegex("用于|支付|发放|购买|购置|采购|办公用品|经费预算|预算安排|资金安排|安排资金|拨付|列支")]
    private static partial Regex Spending();

    /// <summary>Words of an output or an effect; 完成 counts unless what is completed is the budget itself.</summary>
    [GeneratedRegex("提高|提升|改善|保障|促进|确保|实现|达到|增加|减少|降低|覆盖|满足|建成|新增|改造|维修|修缮|培训|受益|解决|惠及|推动|带动|完善|增强|保持|开展|服务|完成(?!.{0,12}(预算|经费|资金|支出))")]
    private static partial Regex Outcome();
}
