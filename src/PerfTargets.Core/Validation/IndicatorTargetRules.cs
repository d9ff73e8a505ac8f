using System.Text.RegularExpressions;
using PerfTargets.Core.Validation.Review;
using static PerfTargets.Core.Validation.Review.IndicatorReading;

namespace PerfTargets.Core.Validation;

/// <summary>
/// 指标值: each target has the parts its nature needs (a number without comparator is exact), percentages and satisfaction rates lie in
/// 0–100, and a year's target does not exceed the mid-term target it is part of.
/// </summary>
internal sealed partial class IndicatorTargetRules : AbstractValidator<Declaration>
{
    public IndicatorTargetRules()
    {
        RuleFor(d => d).Custom((declaration, context) =>
        {
            // Many forms (seeds 001, 003) have one target column only: mid-term targets are
            // required of a form that uses the mid-term column at all.
            var hasMidTerm = declaration.HasMidTermTargets;
            for (var i = 0; i < declaration.Indicators.Count; i++)
            {
                var indicator = declaration.Indicators[i];
                if (indicator.IsNotApplicable)
                {
                    continue; // 不适用: kept on the form to say so, with no target to check
                }

                if (hasMidTerm)
                {
                    CheckTarget(context, indicator, i, indicator.MidTerm, "midTerm", "中期指标值");
                }

                CheckTarget(context, indicator, i, indicator.Annual, "annual", "年度指标值");

                if (indicator is { MidTerm: { Comparator: Comparator.GreaterOrEqual or Comparator.Greater, Value: { } midTerm } mid, Annual: { Comparator: Comparator.GreaterOrEqual or Comparator.Greater, Value: { } annual } year }
                    && SameUnit(mid.Unit, year.Unit) && annual > midTerm)
                {
                    context.Report(DeclarationRule.AnnualAboveMidTerm, $"indicators[{i}].annual",
                        $"{Label(indicator, i)}：年度指标值 {year.Display()} 高于中期指标值 {mid.Display()}。", Severity.Warning);
                }
            }

            ReportBareNumbers(context, declaration);
        });
    }

    /// <summary>One target's shape. The row's label and the path are built only for a finding: most targets have none.</summary>
    private static void CheckTarget(ValidationContext<Declaration> context, Indicator indicator, int index, IndicatorTarget target, string member, string period)
    {
        string At() => TargetPath(index, member);
        string Row() => Label(indicator, index);
        string Name() => $"{Row()}的{period}";

        if (target.IsEmpty)
        {
            context.Report(DeclarationRule.TargetShape, At(), $"{Name()}未填写。");
            return;
        }

        if (indicator.Nature == IndicatorNature.Quantitative)
        {
            // Without a comparator a number is an exact target (“8个” means = 8), as forms without a
            // comparator column write every target.
            var missing = (target.Value is null, string.IsNullOrWhiteSpace(target.Unit)) switch
            {
                (true, true) => "数值、计量单位",
                (true, false) => "数值",
                (false, true) => "计量单位",
                _ => null,
            };
            if (missing is not null)
            {
                context.Report(DeclarationRule.TargetShape, At(), $"{Row()}是定量指标，其{period}缺少{missing}。");
            }
        }
        else if (string.IsNullOrWhiteSpace(target.Text))
        {
            context.Report(DeclarationRule.TargetShape, At(), $"{Row()}是定性指标，其{period}应填写等级或描述（如“持续提升”“较高”）。");
        }
        else if (!string.IsNullOrWhiteSpace(target.Unit))
        {
            context.Report(DeclarationRule.TargetShape, At(),
                $"{Row()}是定性指标，其{period}却带有计量单位“{target.Unit}”：若可计量，应改为定量指标。", Severity.Warning);
        }
        else if (Figures().Count(target.Text) >= 2)
        {
            // A grade is a word or two; a sentence carrying several figures is a rule or a plan, and
            // each figure in it is a target that should be measured on its own.
            context.Report(DeclarationRule.TargetShape, At(),
                $"{Row()}的{period}“{target.Text}”是一句含多个数字的话，不是可衡量的指标值：请把每个数字拆成一个定量指标（比较符、数值、单位）。", Severity.Warning);
        }

        if (target.Value is { } value && (target.Unit?.Trim() == "%" || IsSatisfaction(indicator)) && value is < 0 or > 100)
        {
            context.Report(DeclarationRule.PercentRange, At(), $"{Name()} {target.Display()} 超出 0–100 的范围。");
        }
        // “=100%” is how a full rate is written (see ≥100% below); other exact effects are promises no one can keep.
        else if (target is { Comparator: Comparator.Equal, Value: not null and not 100m } && StandsUnderBenefit(indicator) && !MeasuresSatisfaction(indicator))
        {
            context.Report(DeclarationRule.TargetShape, At(),
                $"{Name()}写成“{target.Display()}”：效益是预计的结果，“=”要求恰好达到，请写“≥”或“≤”。", Severity.Warning);
        }
        else if (target is { Comparator: Comparator.GreaterOrEqual, Value: 100m } && target.Unit?.Trim() == "%")
        {
            context.Report(DeclarationRule.PercentRange, At(),
                $"{Name()} {target.Display()}：比率不会超过 100%，“≥100%”就是“=100%”，请直接写“=100%”。", Severity.Warning);
        }
    }

    /// <summary>
    /// Numbers written without a comparator are read as exact, which is seldom what a rate or a count
    /// means (“100%” is usually “≥” or “=”): one note for all of them, so a form without a comparator
    /// column gets one reminder, not one per row.
    /// </summary>
    private static void ReportBareNumbers(ValidationContext<Declaration> context, Declaration declaration)
    {
        var bare = Applicable(declaration)
            .Where(r => r.Indicator.Nature == IndicatorNature.Quantitative && r.Indicator.Annual is { Comparator: null, Value: not null })
            .Select(r => $"{Label(r.Indicator, r.Index)} {r.Indicator.Annual.Display()}")
            .ToList();
        if (bare.Count > 0)
        {
            context.Report(DeclarationRule.TargetShape, "indicators",
                $"{bare.Count} 个定量指标的年度指标值未写比较符（{string.Join("、", bare.Take(5))}{(bare.Count > 5 ? "等" : string.Empty)}），按“=”精确值理解；" +
                "若是下限或上限，请写“≥”或“≤”。", Severity.Warning);
        }
    }

    private static bool IsSatisfaction(Indicator indicator) =>
        indicator.Level2.Contains("满意度", StringComparison.Ordinal) || indicator.Name.Contains("满意", StringComparison.Ordinal);

    private static bool SameUnit(string? a, string? b) => string.Equals(a?.Trim(), b?.Trim(), StringComparison.Ordinal);

    /// <summary>Figures that are not part of a date or time (“2023年12月31日前” is one deadline, not three targets).</summary>
    [GeneratedRegex(@"(?<![\d.×*])\d+(?:\.\d+)?(?![\d.×*年月日号时:：\-/])")]
    private static partial Regex Figures();
}
