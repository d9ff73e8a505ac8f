namespace PerfTargets.Core.Validation;

/// <summary>
/// 权重/分值 on forms that score their indicators: once any 三级 carries a weight, every applicable
/// 三级 carries one, they add up to the form's 总分 (100 unless the form states another), and the
/// 三级 of a 一级 add up to the 分值 the form gives that 一级.
/// </summary>
internal sealed class WeightRules : AbstractValidator<Declaration>
{
    public WeightRules()
    {
        RuleFor(d => d).Custom((declaration, context) =>
        {
            if (!declaration.HasWeights)
            {
                return;
            }

            var indicators = declaration.Indicators;
            for (var i = 0; i < indicators.Count; i++)
            {
                if (indicators[i] is { Weight: null, IsNotApplicable: false } unweighted)
                {
                    context.Report(DeclarationRule.WeightSum, $"indicators[{i}].weight",
                        $"“{unweighted.Name}”未填权重：本表的三级指标按分值评分，每个适用的指标都应有权重。");
                }
            }

            var total = IndicatorWeights.TotalOf(declaration);
            var sum = indicators.Sum(i => i.Weight ?? 0m);
            if (indicators.Exists(i => i.Weight is not null) && sum != total)
            {
                context.Report(DeclarationRule.WeightSum, "indicators",
                    $"三级指标权重合计 {Points(sum)}，与总分 {Points(total)}{(declaration.WeightTotal is null ? "（未写明总分，按 100 计）" : string.Empty)}不符，" +
                    $"{(sum < total ? "少" : "多")} {Points(Math.Abs(total - sum))}。");
            }

            for (var i = 0; i < declaration.Level1Weights.Count; i++)
            {
                var level1 = declaration.Level1Weights[i];
                var under = indicators.Where(ind => ind.Level1 == level1.Level1).ToList();
                if (under.Count == 0)
                {
                    context.Report(DeclarationRule.WeightSum, $"level1Weights[{i}].level1",
                        $"一级指标“{level1.Level1}”给了分值 {Points(level1.Weight)}，但其下没有三级指标。", Severity.Warning);
                    continue;
                }

                var subtotal = under.Sum(ind => ind.Weight ?? 0m);
                if (subtotal != level1.Weight)
                {
                    context.Report(DeclarationRule.WeightSum, $"level1Weights[{i}].weight",
                        $"一级指标“{level1.Level1}”分值 {Points(level1.Weight)}，其下三级指标权重合计 {Points(subtotal)}，两者不符。");
                }
            }

            if (declaration.Level1Weights.Count > 0 && declaration.Level1Weights.Sum(l => l.Weight) is var level1Sum && level1Sum != total)
            {
                context.Report(DeclarationRule.WeightSum, "level1Weights",
                    $"一级指标分值合计 {Points(level1Sum)}，与总分 {Points(total)}不符。");
            }
        });
    }

    private static string Points(decimal points) => IndicatorWeights.Format(points) + " 分";
}
