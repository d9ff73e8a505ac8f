using PerfTargets.Core.Taxonomy;
using PerfTargets.Core.Validation.Review;
using static PerfTargets.Core.Validation.Review.IndicatorReading;

namespace PerfTargets.Core.Validation;

/// <summary>
/// 指标数量与顺序: enough 三级 to describe a project (the installation's minimum, 3 unless set), a
/// 成本 indicator where the framework has 成本 (where it is a required 一级 the tree rule already
/// says so), and the rows grouped by 一级 in the framework's order, as the form prints them.
/// </summary>
internal sealed class IndicatorCountRules : AbstractValidator<Declaration>
{
    public IndicatorCountRules()
    {
        RuleFor(d => d).Custom((declaration, context) =>
        {
            var applicable = Applicable(declaration).Select(r => r.Indicator).ToList();
            if (applicable.Count == 0)
            {
                return; // reported as a missing required field
            }

            var minimum = DeclarationValidator.SettingsOf(context).MinimumIndicators;
            if (applicable.Count < minimum)
            {
                context.Report(DeclarationRule.IndicatorCount, "indicators",
                    $"只有 {applicable.Count} 个适用的三级指标，至少需要 {minimum} 个：请从产出、效益、满意度几方面写出衡量项目的指标。");
            }

            var framework = DeclarationValidator.FrameworkOf(context);
            var costLevel1Required = framework.Level1s.Any(l => l.Required && l.Name.Contains("成本", StringComparison.Ordinal));
            var hasCost = framework.Level1s.Any(l => l.Name.Contains("成本", StringComparison.Ordinal) || l.Level2s.Any(l2 => l2.Name.Contains("成本", StringComparison.Ordinal)));
            if (hasCost && !costLevel1Required && !applicable.Exists(i => KindOf(i) == Level2Kind.Cost))
            {
                context.Report(DeclarationRule.IndicatorCount, "indicators",
                    "没有成本指标：请写出单位成本或成本上限（如“每平方米维修成本 ≤800元”），让审核人能把产出与资金对应起来。", Severity.Warning);
            }

            if (!FrameworkOrder.IsInOrder(framework, declaration.Indicators))
            {
                context.Report(DeclarationRule.IndicatorCount, "indicators",
                    $"三级指标没有按一级指标分组排列（应依次为：{string.Join("、", framework.Level1s.OrderBy(l => l.Sequence).Select(l => l.Name))}）：" +
                    "编辑页的“按指标体系排序”可一次排好。", Severity.Warning);
            }
        });
    }
}
