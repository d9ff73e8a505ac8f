using PerfTargets.Core.Validation;

namespace PerfTargets.Core.Departments;

/// <summary>What a 部门整体绩效目标 must satisfy to be saved: an overall goal, and every text within its limit.</summary>
public sealed class DepartmentPerformanceGoalValidator : AbstractValidator<DepartmentPerformanceGoal>
{
    public DepartmentPerformanceGoalValidator()
    {
        RuleFor(g => g.BudgetYear).InclusiveBetween(BudgetYears.Min, BudgetYears.Max).WithMessage(BudgetYears.Refusal());
        RuleFor(g => g.OverallGoal).NotEmpty().WithMessage("请填写总体绩效目标。")
            .MaximumLength(DepartmentLimits.LongText).WithMessage($"总体绩效目标不能超过 {DepartmentLimits.LongText} 个字。").PlainText("总体绩效目标");
        RuleFor(g => g.Safeguards).MaximumLength(DepartmentLimits.LongText).WithMessage($"工作保障措施不能超过 {DepartmentLimits.LongText} 个字。").PlainText("工作保障措施");
        RuleFor(g => g.MoneyUnit).IsInEnum().WithMessage("金额单位无效。");
        RuleFor(g => g.BudgetTotal).Must(Amounts.IsValidOrMissing).WithMessage(Amounts.Message);
        RuleForEach(g => g.FundingSources).ChildRules(source =>
        {
            source.RuleFor(s => s.Name).NotEmpty().WithMessage("请填写资金来源的名称。")
                .MaximumLength(DepartmentLimits.Duty).WithMessage($"资金来源不能超过 {DepartmentLimits.Duty} 个字。").PlainText("资金来源");
            source.RuleFor(s => s.Amount).Must(Amounts.IsValidOrMissing).WithMessage(Amounts.Message);
        });
        RuleForEach(g => g.Indicators).ChildRules(indicator =>
        {
            indicator.RuleFor(i => i.Level1).NotEmpty().WithMessage("请填写一级指标。")
                .MaximumLength(DeclarationLimits.LevelName).WithMessage($"一级指标不能超过 {DeclarationLimits.LevelName} 个字。").PlainText("一级指标");
            indicator.RuleFor(i => i.Level2).NotEmpty().WithMessage("请填写二级指标。")
                .MaximumLength(DeclarationLimits.LevelName).WithMessage($"二级指标不能超过 {DeclarationLimits.LevelName} 个字。").PlainText("二级指标");
            indicator.RuleFor(i => i.Name).NotEmpty().WithMessage("请填写三级指标。")
                .MaximumLength(DeclarationLimits.IndicatorName).WithMessage($"三级指标名称不能超过 {DeclarationLimits.IndicatorName} 个字。").PlainText("三级指标名称");
            indicator.RuleFor(i => i.Annual.Text).MaximumLength(DeclarationLimits.TargetText).WithMessage($"指标值不能超过 {DeclarationLimits.TargetText} 个字。").PlainText("指标值");
            indicator.RuleFor(i => i.Annual.Unit).MaximumLength(DeclarationLimits.Unit).WithMessage($"计量单位不能超过 {DeclarationLimits.Unit} 个字。").PlainText("计量单位");
            indicator.RuleFor(i => i.Annual.Value).InclusiveBetween(-DeclarationLimits.MaxTargetValue, DeclarationLimits.MaxTargetValue).WithMessage("指标数值超出可接受的范围（最多 14 位整数）。");
            LimitRules.Weight(indicator.RuleFor(i => i.Weight), "权重");
        });
        RuleForEach(g => g.DutyGoals).ChildRules(duty =>
        {
            duty.RuleFor(d => d.Duty).NotEmpty().WithMessage("请填写部门职能。")
                .MaximumLength(DepartmentLimits.Duty).WithMessage($"部门职能不能超过 {DepartmentLimits.Duty} 个字。").PlainText("部门职能");
            duty.RuleFor(d => d.Goal).NotEmpty().WithMessage("请填写该职能的绩效目标。")
                .MaximumLength(DepartmentLimits.LongText).WithMessage($"分项绩效目标不能超过 {DepartmentLimits.LongText} 个字。").PlainText("分项绩效目标");
        });
    }
}
