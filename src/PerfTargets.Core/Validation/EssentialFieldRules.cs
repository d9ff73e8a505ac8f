namespace PerfTargets.Core.Validation;

/// <summary>What a declaration cannot be saved without: 预算年度, 项目名称, 填报单位, 项目属性.</summary>
internal sealed class EssentialFieldRules : AbstractValidator<Declaration>
{
    public EssentialFieldRules()
    {
        RuleFor(d => d.BudgetYear).InclusiveBetween(BudgetYears.Min, BudgetYears.Max).WithMessage(BudgetYears.Refusal());
        RuleFor(d => d.ProjectName).NotEmpty().WithMessage("请填写项目名称。");
        RuleFor(d => d.DepartmentId).GreaterThan(0).WithMessage("请选择填报单位。");
        RuleFor(d => d.Kind).IsInEnum().WithMessage("请选择项目属性（新增项目或延续项目）。");
    }
}
