using FluentValidation;
using PerfTargets.Core.Declarations;

namespace PerfTargets.Core.Validation;

/// <summary>
/// What a declaration needs before it can be submitted, though a draft may be saved without it:
/// 年度目标, at least one indicator, and a name in every row.
/// </summary>
internal sealed class CompletenessRules : AbstractValidator<Declaration>
{
    public CompletenessRules()
    {
        RuleFor(d => d.AnnualGoals).Must(goals => goals.Any(g => !string.IsNullOrWhiteSpace(g))).WithMessage("请至少填写一条年度目标。");
        RuleFor(d => d.Indicators).NotEmpty().WithMessage("请至少填写一个三级绩效指标。");
        // Unknown is a state of its own (the paper may not say), so a warning, never a refusal to store.
        RuleFor(d => d.Kind).NotNull().WithSeverity(Severity.Warning)
            .WithMessage("未注明项目属性：请选择新增项目或延续项目（上年已安排、本年继续的为延续项目）。");
        RuleForEach(d => d.BudgetLines).ChildRules(line =>
            line.RuleFor(l => l.Item).NotEmpty().WithMessage("请填写支出明细项目。"));
        RuleForEach(d => d.Indicators).ChildRules(indicator =>
        {
            indicator.RuleFor(i => i.Level1).NotEmpty().WithMessage("请选择一级指标。");
            indicator.RuleFor(i => i.Level2).NotEmpty().WithMessage("请选择二级指标。");
            indicator.RuleFor(i => i.Name).NotEmpty().WithMessage("请填写三级指标名称。");
            indicator.RuleFor(i => i.Nature).IsInEnum().WithMessage("请选择定量或定性。");
        });
        RuleForEach(d => d.Safeguards).ChildRules(safeguard =>
            safeguard.RuleFor(s => s.Category).NotEmpty().WithMessage("请填写制度保障的类别。"));
    }
}
