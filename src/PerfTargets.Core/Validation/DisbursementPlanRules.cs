namespace PerfTargets.Core.Validation;

/// <summary>资金支出计划: cumulative percentages, each 0–100, never falling, 100 by the end of December.</summary>
internal sealed class DisbursementPlanRules : AbstractValidator<Declaration>
{
    public DisbursementPlanRules()
    {
        RuleFor(d => d.DisbursementPlan).Custom((plan, context) =>
        {
            if (plan.IsEmpty)
            {
                return;
            }

            (string Name, decimal Value)? previous = null;
            foreach (var (path, name, value) in DisbursementPoints.All.Select(p => (p.Path, p.Label, p.Get(plan))))
            {
                if (value is not { } percent)
                {
                    continue;
                }

                if (percent is < 0 or > 100)
                {
                    context.Report(DeclarationRule.DisbursementPlan, path, $"{name}支出进度 {percent:0.##}% 应在 0 到 100 之间。");
                }
                else if (previous is { } before && percent < before.Value)
                {
                    context.Report(DeclarationRule.DisbursementPlan, path,
                        $"支出进度是累计数：{name} {percent:0.##}% 不能低于{before.Name} {before.Value:0.##}%。");
                }

                previous = (name, percent);
            }

            // An out-of-range December is reported above; here only a missing or short one.
            if (plan.December is null or (>= 0 and < 100))
            {
                context.Report(DeclarationRule.DisbursementPlan, "disbursementPlan.december",
                    plan.December is { } december ? $"12月底累计支出进度应为 100%，现为 {december:0.##}%。" : "12月底累计支出进度应为 100%，未填写。");
            }
        });
    }
}
