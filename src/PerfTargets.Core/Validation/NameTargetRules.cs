using System.Text.RegularExpressions;
using PerfTargets.Core.Validation.Review;
using static PerfTargets.Core.Validation.Review.IndicatorReading;

namespace PerfTargets.Core.Validation;

/// <summary>
/// 指标名称与指标值: a figure written into the name agrees with the target; completion and pass
/// rates measure outputs, not effects; budget execution is not an output of the project; and one
/// figure is not filed as several indicators; keeping to a standard is compliance, not quality.
/// </summary>
internal sealed partial class NameTargetRules : AbstractValidator<Declaration>
{
    public NameTargetRules()
    {
        RuleFor(d => d).Custom((declaration, context) =>
        {
            var units = DeclarationValidator.SettingsOf(context).Units;
            var figures = new Dictionary<(decimal, string), int>();
            foreach (var (indicator, index) in Applicable(declaration))
            {
                if (NameFigure(units, indicator.Name) is { } figure && indicator.Annual.Value is { } value
                    && (figure.Number != value || !string.Equals(figure.Unit, indicator.Annual.Unit?.Trim(), StringComparison.Ordinal)))
                {
                    context.Report(DeclarationRule.NameMatchesTarget, $"indicators[{index}].annual",
                        $"{Label(indicator, index)}的名称写着“{figure.Written}”，年度指标值却是“{indicator.Annual.Display()}”：名称只写衡量什么，数值写在指标值栏，两处应一致。", Severity.Warning);
                }

                if (OutputRate().Match(indicator.Name) is { Success: true } rate)
                {
                    if (StandsUnderBenefit(indicator))
                    {
                        context.Report(DeclarationRule.NameMatchesTarget, $"indicators[{index}].level1",
                            $"{Label(indicator, index)}是{rate.Value}，衡量的是产出（质量或时效），应列在产出指标下，不作效益指标。", Severity.Warning);
                    }
                    else if (KindOf(indicator) == Level2Kind.Cost)
                    {
                        context.Report(DeclarationRule.NameMatchesTarget, $"indicators[{index}].name",
                            $"{Label(indicator, index)}是{rate.Value}，衡量是否合规，不是成本：成本指标写单位成本或成本上限（如“每亩补助 ≤1600元”）。", Severity.Warning);
                    }
                }
                else if (TargetWords().Match(indicator.Name) is { Success: true } words)
                {
                    context.Report(DeclarationRule.NameMatchesTarget, $"indicators[{index}].name",
                        $"{Label(indicator, index)}的名称里写了目标（“{words.Value}”）：名称只写衡量什么（如“建档立卡学生覆盖率”），目标写在指标值栏。", Severity.Warning);
                }

                if (KindOf(indicator) == Level2Kind.Cost && InputMoney().Match(indicator.Name) is { Success: true } input)
                {
                    context.Report(DeclarationRule.NameMatchesTarget, $"indicators[{index}].name",
                        $"{Label(indicator, index)}以“{input.Value}”为名，写的是投入的资金，不是成本：成本指标写做一件事花多少（如“每亩建设成本 ≤1600元”）。", Severity.Warning);
                }

                if (KindOf(indicator) == Level2Kind.Quality && StandardCompliance().Match(indicator.Name) is { Success: true } compliance)
                {
                    context.Report(DeclarationRule.NameMatchesTarget, $"indicators[{index}].name",
                        $"{Label(indicator, index)}衡量的是是否按规定标准办事（{compliance.Value}），不是产出的质量：质量指标写交付的成果达到什么水平（如“验收合格率”“受扶持企业通过认定的比例”）。", Severity.Warning);
                }

                if (BudgetExecution().Match(indicator.Name) is { Success: true } execution)
                {
                    context.Report(DeclarationRule.NameMatchesTarget, $"indicators[{index}].name",
                        $"{Label(indicator, index)}衡量的是预算执行（{execution.Value}），是资金管理的情况，不是项目的产出或效果：请换成项目实际交付的数量、质量或时效。", Severity.Warning);
                }

                // Cost rows are left out: two platforms may well cost 20万元 each.
                if (indicator.Annual is { Value: { } count and >= 10 } target && units.ClassOf(target.Unit) is UnitClass.Count or UnitClass.Money && KindOf(indicator) != Level2Kind.Cost)
                {
                    var key = (count, target.Unit!.Trim());
                    if (figures.TryGetValue(key, out var first))
                    {
                        context.Report(DeclarationRule.NameMatchesTarget, $"indicators[{index}].annual",
                            $"{Label(indicator, index)}与{Label(declaration.Indicators[first], first)}的年度指标值相同（{target.Display()}）：同一个数字是否重复填报成了不同的指标？", Severity.Warning);
                    }
                    else
                    {
                        figures[key] = index;
                    }
                }
            }
        });
    }

    /// <summary>A figure with a unit in an indicator's name ("230人", "100%"); null when it has none the table knows.</summary>
    private static (decimal Number, string Unit, string Written)? NameFigure(UnitTable units, string name)
    {
        foreach (var (written, unit) in units.FiguresIn(name))
        {
            if (units.TryQuantity(written, unit, out var number))
            {
                return (number, unit, written + unit);
            }
        }

        return null;
    }

    [GeneratedRegex("完成率|合格率|到位率|达标率|及时率|完好率|控制率")]
    private static partial Regex OutputRate();

    /// <summary>A target written into the name: 全面覆盖, 全覆盖, 以上, 不低于.</summary>
    [GeneratedRegex("全面覆盖|全覆盖|以上|不低于|不少于|不超过")]
    private static partial Regex TargetWords();

    /// <summary>
    /// A rate of keeping to a funding standard or to the rules: compliance, not the quality of what is
    /// delivered. The qualitative 经费支出合规性 that many templates carry is left alone.
    /// </summary>
    [GeneratedRegex("(?:扶持|补助|补贴|资助|发放|支出|开支)标准\\S{0,2}(?:达标率|执行率|符合率)|合规率")]
    private static partial Regex StandardCompliance();

    [GeneratedRegex("财政资金|资金投入|投入资金|预算资金|专项资金")]
    private static partial Regex InputMoney();

    [GeneratedRegex("(?:资金|预算|经费)\\S{0,4}(?:支出率|执行率|下达率|到位率|拨付率)")]
    private static partial Regex BudgetExecution();
}
