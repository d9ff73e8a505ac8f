namespace PerfTargets.Core.Validation;

/// <summary>
/// The indicator tree against the declaration's framework: every required 一级 is present, each
/// 二级 belongs under its 一级, no 三级 is listed twice, and at least half are quantified.
/// </summary>
internal sealed class IndicatorTreeRules : AbstractValidator<Declaration>
{
    public IndicatorTreeRules()
    {
        RuleFor(d => d.Indicators).Custom((indicators, context) =>
        {
            if (indicators.Count == 0)
            {
                return; // Reported once, as a missing required field.
            }

            var framework = DeclarationValidator.FrameworkOf(context);
            foreach (var level1 in framework.Level1s.Where(l => l.Required).OrderBy(l => l.Sequence))
            {
                if (!indicators.Exists(i => i.Level1 == level1.Name && !i.IsNotApplicable))
                {
                    var onlyNotApplicable = indicators.Exists(i => i.Level1 == level1.Name);
                    context.Report(DeclarationRule.RequiredLevel1, "indicators",
                        $"缺少一级指标“{level1.Name}”：{framework.Name}要求其下至少有一个三级指标{(onlyNotApplicable ? "（“不适用”的行不算）" : string.Empty)}。");
                }
            }

            for (var i = 0; i < indicators.Count; i++)
            {
                var indicator = indicators[i];
                if (string.IsNullOrWhiteSpace(indicator.Level1) || string.IsNullOrWhiteSpace(indicator.Level2))
                {
                    continue; // reported as a missing choice
                }

                if (framework.FindLevel1(indicator.Level1) is not { } level1)
                {
                    context.Report(DeclarationRule.AllowedLevel2, $"indicators[{i}].level1",
                        $"“{indicator.Name}”的一级指标“{indicator.Level1}”不在{framework.Name}中（可选：{string.Join("、", framework.Level1s.OrderBy(l => l.Sequence).Select(l => l.Name))}）。");
                }
                else if (!framework.Allows(indicator.Level1, indicator.Level2))
                {
                    context.Report(DeclarationRule.AllowedLevel2, $"indicators[{i}].level2",
                        $"“{indicator.Name}”：二级指标“{indicator.Level2}”不能列在一级指标“{indicator.Level1}”下" +
                        $"（{framework.Name}在“{level1.Name}”下只有：{string.Join("、", level1.Level2s.OrderBy(l => l.Sequence).Select(l => l.Name))}）" +
                        (FrameworkLevelRules.Place(framework, indicator.Level2) is { } place && !place.StartsWith(framework.Name, StringComparison.Ordinal) ? $"；“{indicator.Level2}”是{place}。" : "。"));
                }
            }

            var seen = new HashSet<(string, string, string)>();
            for (var i = 0; i < indicators.Count; i++)
            {
                var indicator = indicators[i];
                if (!string.IsNullOrWhiteSpace(indicator.Name) && !indicator.IsNotApplicable && !seen.Add((indicator.Level1, indicator.Level2, indicator.Name.Trim())))
                {
                    context.Report(DeclarationRule.DuplicateIndicator, $"indicators[{i}].name",
                        $"“{indicator.Level2}”下已有同名三级指标“{indicator.Name.Trim()}”。", Severity.Warning);
                }
            }

            var applicable = indicators.Where(i => !i.IsNotApplicable).ToList();
            var quantified = applicable.Count(i => i.Nature == IndicatorNature.Quantitative);
            if (quantified * 2 < applicable.Count)
            {
                context.Report(DeclarationRule.QuantifiedShare, "indicators",
                    $"定量指标只有 {quantified} 个（共 {applicable.Count} 个适用的三级指标）：绩效指标应尽量量化，定量指标宜不少于一半。", Severity.Warning);
            }
        });
    }
}
