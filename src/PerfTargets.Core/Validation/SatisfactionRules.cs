using static PerfTargets.Core.Validation.Review.IndicatorReading;

namespace PerfTargets.Core.Validation;

/// <summary>
/// 满意度: satisfaction is measured under 满意度指标 and nowhere else, and it does not stand in for
/// the project's effects — 效益指标 needs at least one row that is not about satisfaction.
/// </summary>
internal sealed class SatisfactionRules : AbstractValidator<Declaration>
{
    public SatisfactionRules()
    {
        RuleFor(d => d).Custom((declaration, context) =>
        {
            var applicable = Applicable(declaration).ToList();
            foreach (var (indicator, index) in applicable.Where(r => MeasuresSatisfaction(r.Indicator) && !StandsUnderSatisfaction(r.Indicator)))
            {
                context.Report(DeclarationRule.SatisfactionPlace, $"indicators[{index}].level1",
                    $"{Label(indicator, index)}衡量满意度，应列在“满意度指标”下，不列在“{indicator.Level1}/{indicator.Level2}”下。", Severity.Warning);
            }

            foreach (var (indicator, index) in applicable.Where(r => MeasuresSatisfaction(r.Indicator)))
            {
                var surveyed = indicator.Name[..indicator.Name.IndexOf("满意", StringComparison.Ordinal)];
                if (surveyed.IndexOfAny(['、', '，', ',', '和', '及']) >= 0)
                {
                    context.Report(DeclarationRule.SatisfactionPlace, $"indicators[{index}].name",
                        $"{Label(indicator, index)}把几类对象（{surveyed}）放在一个满意度里：每类服务对象各设一个满意度指标，才能分别调查和评价。", Severity.Warning);
                }
            }

            var benefits = applicable.Where(r => StandsUnderBenefit(r.Indicator) && !StandsUnderSatisfaction(r.Indicator)).ToList();
            var effects = benefits.Count(r => !MeasuresSatisfaction(r.Indicator));
            var satisfaction = applicable.Count(r => MeasuresSatisfaction(r.Indicator));
            if (benefits.Count > 0 && effects == 0)
            {
                context.Report(DeclarationRule.SatisfactionPlace, "indicators",
                    "效益指标只有满意度：满意度不能代替效益，请至少写一个项目带来的经济、社会、生态或可持续影响。", Severity.Warning);
            }
            else if (effects > 0 && satisfaction > effects)
            {
                context.Report(DeclarationRule.SatisfactionPlace, "indicators",
                    $"满意度指标（{satisfaction} 个）比效益指标（{effects} 个）还多：满意度不能代替效益，请写清项目带来的经济、社会、生态或可持续影响，满意度择要保留。", Severity.Warning);
            }
        });
    }
}
