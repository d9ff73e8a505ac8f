using FluentValidation;
using PerfTargets.Core.Declarations;
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
        RuleForEach(g => g.DutyGoals).ChildRules(duty =>
        {
            duty.RuleFor(d => d.Duty).NotEmpty().WithMessage("请填写部门职能。")
                .MaximumLength(DepartmentLimits.Duty).WithMessage($"部门职能不能超过 {DepartmentLimits.Duty} 个字。").PlainText("部门职能");
            duty.RuleFor(d => d.Goal).NotEmpty().WithMessage("请填写该职能的绩效目标。")
                .MaximumLength(DepartmentLimits.LongText).WithMessage($"分项绩效目标不能超过 {DepartmentLimits.LongText} 个字。").PlainText("分项绩效目标");
        });
    }
}
