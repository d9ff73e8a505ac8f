using FluentValidation;
using PerfTargets.Core.Declarations;

namespace PerfTargets.Core.Validation;

/// <summary>
/// What every declaration must have (预算年度, 项目名称, 填报单位, 项目属性, 年度目标, 绩效指标),
/// and the size and range limits of each field, so that nothing the database would refuse
/// reaches it.
/// </summary>
internal sealed class HeaderRules : AbstractValidator<Declaration>
{
    public HeaderRules()
    {
        RuleFor(d => d.BudgetYear).InclusiveBetween(2000, 2100).WithMessage("预算年度应为 2000 到 2100 之间的年份。");
        RuleFor(d => d.ProjectName).NotEmpty().WithMessage("请填写项目名称。")
            .MaximumLength(DeclarationLimits.ProjectName).WithMessage($"项目名称不能超过 {DeclarationLimits.ProjectName} 个字。");
        RuleFor(d => d.DepartmentId).GreaterThan(0).WithMessage("请选择填报单位。");
        RuleFor(d => d.Kind).IsInEnum().WithMessage("请选择项目属性（新增项目或延续项目）。");
        RuleFor(d => d.AnnualGoals).Must(goals => goals.Any(g => !string.IsNullOrWhiteSpace(g))).WithMessage("请至少填写一条年度目标。");
        RuleFor(d => d.Indicators).NotEmpty().WithMessage("请至少填写一个三级绩效指标。")
            .Must(list => list.Count <= DeclarationLimits.MaxIndicators).WithMessage($"三级指标不能超过 {DeclarationLimits.MaxIndicators} 个。");
        RuleFor(d => d.BudgetLines.Count).LessThanOrEqualTo(DeclarationLimits.MaxBudgetLines)
            .OverridePropertyName("budgetLines").WithMessage($"预算明细不能超过 {DeclarationLimits.MaxBudgetLines} 行。");

        MaxLength(d => d.ProjectCode, DeclarationLimits.ProjectCode, "项目编码");
        MaxLength(d => d.ImplementingUnit, DeclarationLimits.UnitName, "实施单位");
        MaxLength(d => d.PeriodText, DeclarationLimits.PeriodText, "项目期");
        MaxLength(d => d.ProjectLeader, DeclarationLimits.PersonName, "项目负责人");
        MaxLength(d => d.ContactPerson, DeclarationLimits.PersonName, "联系人");
        MaxLength(d => d.ContactPhone, DeclarationLimits.Phone, "联系电话");
        MaxLength(d => d.FilledBy, DeclarationLimits.PersonName, "填报人");
        RuleFor(d => d.EndDate).GreaterThanOrEqualTo(d => d.StartDate).When(d => d.StartDate is not null && d.EndDate is not null)
            .WithMessage("项目结束日期不能早于开始日期。");
        RuleFor(d => d.MidTermEndYear).GreaterThanOrEqualTo(d => d.MidTermStartYear)
            .When(d => d.MidTermStartYear is not null && d.MidTermEndYear is not null).WithMessage("中期结束年度不能早于开始年度。");

        RuleForEach(d => d.MidTermGoals).MaximumLength(DeclarationLimits.Goal).WithMessage($"每条中期目标不能超过 {DeclarationLimits.Goal} 个字。");
        RuleForEach(d => d.AnnualGoals).MaximumLength(DeclarationLimits.Goal).WithMessage($"每条年度目标不能超过 {DeclarationLimits.Goal} 个字。");
        RuleFor(d => d.Narrative).SetValidator(new NarrativeRules());
        RuleFor(d => d.MidTermFunding).SetValidator(new AmountRules());
        RuleFor(d => d.AnnualFunding).SetValidator(new AmountRules());
        RuleFor(d => d.PriorYearsFunding).SetValidator(new AmountRules());
        RuleForEach(d => d.BudgetLines).SetValidator(new BudgetLineFieldRules());
        RuleForEach(d => d.Indicators).SetValidator(new IndicatorFieldRules());
        RuleForEach(d => d.Safeguards).ChildRules(safeguard =>
        {
            safeguard.RuleFor(s => s.Category).NotEmpty().WithMessage("请填写制度保障的类别。")
                .MaximumLength(DeclarationLimits.LineText).WithMessage($"类别不能超过 {DeclarationLimits.LineText} 个字。");
            safeguard.RuleFor(s => s.DocumentName).MaximumLength(DeclarationLimits.LineText).WithMessage($"文件名称不能超过 {DeclarationLimits.LineText} 个字。");
            safeguard.RuleFor(s => s.Measures).MaximumLength(DeclarationLimits.IndicatorText).WithMessage($"措施不能超过 {DeclarationLimits.IndicatorText} 个字。");
        });
    }

    private void MaxLength(System.Linq.Expressions.Expression<Func<Declaration, string?>> field, int limit, string name) =>
        RuleFor(field).MaximumLength(limit).WithMessage($"{name}不能超过 {limit} 个字。");
}
