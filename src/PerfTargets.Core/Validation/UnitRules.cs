using System.Text.RegularExpressions;
using PerfTargets.Core.Validation.Review;
using static PerfTargets.Core.Validation.Review.IndicatorReading;

namespace PerfTargets.Core.Validation;

/// <summary>
/// 计量单位: the unit fits what the indicator's name counts (people in 人, a rate in %, a duration in
/// days, money in 元) and what its 二级 measures (数量 counts, 时效 dates and durations, 成本 money
/// capped with ≤), as the unit table of the installation says. One finding per row, the likeliest.
/// </summary>
internal sealed partial class UnitRules : AbstractValidator<Declaration>
{
    public UnitRules()
    {
        RuleFor(d => d).Custom((declaration, context) =>
        {
            var units = DeclarationValidator.SettingsOf(context).Units;
            foreach (var (indicator, index) in Applicable(declaration))
            {
                if (indicator.Nature != IndicatorNature.Quantitative)
                {
                    if (KindOf(indicator) == Level2Kind.Cost)
                    {
                        context.Report(DeclarationRule.UnitFits, $"indicators[{index}].nature",
                            $"{Label(indicator, index)}是成本指标，却写成了定性的要求：成本应是金额上限或单位成本（如“≤3000元/平方米”）。", Severity.Warning);
                    }

                    continue;
                }

                if (KindOf(indicator) == Level2Kind.Quantity && RateInName().Match(indicator.Name) is { Success: true } rate)
                {
                    context.Report(DeclarationRule.UnitFits, $"indicators[{index}].level2",
                        $"{Label(indicator, index)}是比率（{rate.Value}），衡量的是质量或进度，不是数量：请列在质量指标（或时效指标）下，数量指标写完成了多少（个、人、亩…）。", Severity.Warning);
                    continue;
                }

                foreach (var (target, member, _) in FilledTargets(indicator).Where(t => !string.IsNullOrWhiteSpace(t.Target.Unit)).Take(1))
                {
                    if (Finding(units, indicator, target) is { } finding)
                    {
                        context.Report(DeclarationRule.UnitFits, TargetPath(index, member), $"{Label(indicator, index)}的计量单位“{target.Unit!.Trim()}”{finding}", Severity.Warning);
                    }
                }
            }
        });
    }

    /// <summary>What is wrong with the unit, said after the unit is named; null when it fits.</summary>
    private static string? Finding(UnitTable units, Indicator indicator, IndicatorTarget target)
    {
        var unit = target.Unit!.Trim();
        if (units.Odd.TryGetValue(unit, out var meant))
        {
            return $"不是完整的单位：应为{meant}。";
        }

        if (unit.StartsWith('/'))
        {
            return $"缺少金额或数量单位：应为“元{unit}”这样的完整单位。";
        }

        var unitClass = units.ClassOf(unit);
        var name = indicator.Name;
        if (People().IsMatch(name) && unit is "个" or "户" or "家")
        {
            return "与指标名称不符：人数应以“人”（或“人次”）计量。";
        }

        if (Money().IsMatch(name) && unitClass == UnitClass.Count)
        {
            return "与指标名称不符：金额应以“元”或“万元”计量。";
        }

        if (Rate().IsMatch(name) && unitClass is not (UnitClass.Percent or UnitClass.MoneyRate))
        {
            return "与指标名称不符：比率应以“%”计量。";
        }

        if (Duration().IsMatch(name) && unitClass == UnitClass.Percent)
        {
            return "与指标名称不符：时间应写期限或时长（如“30天”“12月底前”），不用“%”。";
        }

        var kind = KindOf(indicator);
        if (unitClass != UnitClass.Unknown && units.Accepted.TryGetValue(kind, out var accepted) && !accepted.Contains(unitClass))
        {
            return $"不适合“{indicator.Level2}”：{indicator.Level2}应使用{units.Expected.GetValueOrDefault(kind, "相应的单位")}。";
        }

        if (kind == Level2Kind.Cost && unitClass is UnitClass.Money or UnitClass.MoneyRate && target.Comparator is Comparator.GreaterOrEqual or Comparator.Greater)
        {
            return "是金额，而成本指标是支出的上限：应写“≤”，不写“≥”。";
        }

        return null;
    }

    [GeneratedRegex("人数|人口|人员数|学生数|人次")]
    private static partial Regex People();

    [GeneratedRegex("金额|资金|经费|费用|收入|产值|投资额|补助额|分红")]
    private static partial Regex Money();

    [GeneratedRegex("(率|比例|比重|占比)$")]
    private static partial Regex Rate();

    /// <summary>A rate named anywhere in the name, before the template's brackets: 成活率(≥**%).</summary>
    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}]{1,4}(率|比例|比重|占比)")]
    private static partial Regex RateInName();

    [GeneratedRegex("(?<!第一)时间|时长|时限|周期|天数|期限|工期")]
    private static partial Regex Duration();
}
