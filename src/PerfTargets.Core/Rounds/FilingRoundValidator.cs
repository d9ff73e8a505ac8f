using PerfTargets.Core.Validation;

namespace PerfTargets.Core.Rounds;

/// <summary>What a round needs: a name, a budget year in range, a close not before its opening, and at least one department.</summary>
public sealed class FilingRoundValidator : AbstractValidator<FilingRound>
{
    public FilingRoundValidator()
    {
        RuleFor(r => r.Name).NotEmpty().WithMessage("请填写批次名称。")
            .MaximumLength(RoundLimits.Name).WithMessage($"批次名称不能超过 {RoundLimits.Name} 个字。").PlainText("批次名称");
        RuleFor(r => r.BudgetYear).InclusiveBetween(BudgetYears.Min, BudgetYears.Max).WithMessage($"预算年度应在 {BudgetYears.Min} 至 {BudgetYears.Max} 之间。");
        RuleFor(r => r.ClosesOn).GreaterThanOrEqualTo(r => r.OpensOn).WithMessage("截止日期不能早于开始日期。");
        RuleFor(r => r.Notice).MaximumLength(RoundLimits.Notice).WithMessage($"通知说明不能超过 {RoundLimits.Notice} 个字。").PlainText("通知说明");
        RuleFor(r => r.Departments).NotEmpty().WithMessage("请至少选择一个应报单位。");
    }
}
