using static PerfTargets.Core.Validation.Review.IndicatorReading;

namespace PerfTargets.Core.Validation;

/// <summary>
/// 定性指标的表述: a qualitative target made only of trend words (进一步, 明显, 有效, 持续提升…)
/// cannot be judged at year end; it needs a grade (优/良/中/差 with what each means) or a statement
/// that can be checked, or should become a number.
/// </summary>
internal sealed class VagueWordingRules : AbstractValidator<Declaration>
{
    public VagueWordingRules()
    {
        RuleFor(d => d).Custom((declaration, context) =>
        {
            var settings = DeclarationValidator.SettingsOf(context);
            foreach (var (indicator, index) in Applicable(declaration).Where(r => r.Indicator.Nature == IndicatorNature.Qualitative))
            {
                foreach (var (target, member, period) in FilledTargets(indicator))
                {
                    var text = target.Text?.Trim() ?? string.Empty;
                    var vague = settings.VagueWords.Where(w => text.Contains(w, StringComparison.Ordinal)).ToList();
                    if (vague.Count == 0)
                    {
                        continue;
                    }

                    var rest = vague.Aggregate(text, (remaining, word) => remaining.Replace(word, string.Empty, StringComparison.Ordinal));
                    if (!rest.Any(char.IsDigit) && !settings.GradeWords.Exists(g => rest.Contains(g, StringComparison.Ordinal)))
                    {
                        context.Report(DeclarationRule.VagueWording, TargetPath(index, member),
                            $"{Label(indicator, index)}的{period}“{text}”只有“{string.Join("”“", vague)}”这类趋势词，年底无法判断是否达到：" +
                            "请写成等级（如“良好：…；一般：…”）、可核实的状态（如“建成并通过验收”），或改为数值。", Severity.Warning);
                    }
                }
            }
        });
    }
}
