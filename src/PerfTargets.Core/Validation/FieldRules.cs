using FluentValidation;
using PerfTargets.Core.Declarations;

namespace PerfTargets.Core.Validation;

/// <summary>项目情况: each narrative field within its limit.</summary>
internal sealed class NarrativeRules : AbstractValidator<DeclarationNarrative>
{
    public NarrativeRules()
    {
        foreach (var (field, name) in new (System.Linq.Expressions.Expression<Func<DeclarationNarrative, string?>>, string)[]
        {
            (n => n.Overview, "项目概况"), (n => n.Basis, "立项依据"), (n => n.Necessity, "必要性"), (n => n.Feasibility, "可行性"),
            (n => n.Content, "项目内容"), (n => n.Plan, "实施计划"), (n => n.ExpectedOutcomes, "预期效益"), (n => n.Resources, "保障条件"),
            (n => n.FundingArrangement, "资金安排"), (n => n.BudgetPurpose, "预算用途"), (n => n.OtherNotes, "其他说明"),
        })
        {
            RuleFor(field).MaximumLength(DeclarationLimits.Narrative).WithMessage($"{name}不能超过 {DeclarationLimits.Narrative} 个字。");
        }
    }
}

/// <summary>Amounts of one funding column: not negative, within what the database holds.</summary>
internal sealed class AmountRules : AbstractValidator<FundingSplit>
{
    public AmountRules()
    {
        foreach (var field in new System.Linq.Expressions.Expression<Func<FundingSplit, decimal?>>[]
        {
            f => f.Total, f => f.Fiscal, f => f.FiscalSuperior, f => f.FiscalLocal, f => f.FiscalSubordinate, f => f.Other, f => f.OtherOwnFunds,
        })
        {
            RuleFor(field).Must(amount => amount is null || Amounts.IsValid(amount.Value)).WithMessage(Amounts.Message);
        }
    }
}

/// <summary>One 预算明细 line: an item, a valid amount, texts within limits.</summary>
internal sealed class BudgetLineFieldRules : AbstractValidator<BudgetLine>
{
    public BudgetLineFieldRules()
    {
        RuleFor(l => l.Item).NotEmpty().WithMessage("请填写支出明细项目。")
            .MaximumLength(DeclarationLimits.LineText).WithMessage($"支出明细项目不能超过 {DeclarationLimits.LineText} 个字。");
        RuleFor(l => l.Amount).Must(Amounts.IsValid).WithMessage(Amounts.Message);
        RuleFor(l => l.UnitStandard).Must(amount => amount is null || Amounts.IsValid(amount.Value)).WithMessage(Amounts.Message);
        RuleFor(l => l.Quantity).GreaterThanOrEqualTo(0).WithMessage("数量不能为负数。");
        RuleFor(l => l.Content).MaximumLength(DeclarationLimits.LineText).WithMessage($"项目内容不能超过 {DeclarationLimits.LineText} 个字。");
        RuleFor(l => l.QuantityUnit).MaximumLength(DeclarationLimits.Unit).WithMessage($"单位不能超过 {DeclarationLimits.Unit} 个字。");
        RuleFor(l => l.StandardUnit).MaximumLength(DeclarationLimits.Unit).WithMessage($"单位不能超过 {DeclarationLimits.Unit} 个字。");
        RuleFor(l => l.Basis).MaximumLength(DeclarationLimits.LineText).WithMessage($"依据不能超过 {DeclarationLimits.LineText} 个字。");
        RuleFor(l => l.Remark).MaximumLength(DeclarationLimits.Remark).WithMessage($"备注不能超过 {DeclarationLimits.Remark} 个字。");
    }
}

/// <summary>One 三级 indicator: its levels and name given, texts within limits.</summary>
internal sealed class IndicatorFieldRules : AbstractValidator<Indicator>
{
    public IndicatorFieldRules()
    {
        RuleFor(i => i.Level1).NotEmpty().WithMessage("请选择一级指标。")
            .MaximumLength(DeclarationLimits.LevelName).WithMessage($"一级指标不能超过 {DeclarationLimits.LevelName} 个字。");
        RuleFor(i => i.Level2).NotEmpty().WithMessage("请选择二级指标。")
            .MaximumLength(DeclarationLimits.LevelName).WithMessage($"二级指标不能超过 {DeclarationLimits.LevelName} 个字。");
        RuleFor(i => i.Name).NotEmpty().WithMessage("请填写三级指标名称。")
            .MaximumLength(DeclarationLimits.IndicatorName).WithMessage($"三级指标名称不能超过 {DeclarationLimits.IndicatorName} 个字。");
        RuleFor(i => i.Nature).IsInEnum().WithMessage("请选择定量或定性。");
        RuleFor(i => i.Description).MaximumLength(DeclarationLimits.IndicatorText).WithMessage($"指标内容不能超过 {DeclarationLimits.IndicatorText} 个字。");
        RuleFor(i => i.Remark).MaximumLength(DeclarationLimits.Remark).WithMessage($"备注不能超过 {DeclarationLimits.Remark} 个字。");
        foreach (var target in new System.Linq.Expressions.Expression<Func<Indicator, IndicatorTarget>>[] { i => i.MidTerm, i => i.Annual })
        {
            RuleFor(target).ChildRules(t =>
            {
                t.RuleFor(x => x.Text).MaximumLength(DeclarationLimits.TargetText).WithMessage($"指标值不能超过 {DeclarationLimits.TargetText} 个字。");
                t.RuleFor(x => x.Unit).MaximumLength(DeclarationLimits.Unit).WithMessage($"计量单位不能超过 {DeclarationLimits.Unit} 个字。");
                t.RuleFor(x => x.Value).InclusiveBetween(-1_000_000_000_000m, 1_000_000_000_000m).WithMessage("指标数值超出可接受的范围。");
            });
        }
    }
}

/// <summary>The range a money field accepts.</summary>
internal static class Amounts
{
    public const string Message = "金额应在 0 到 999,999,999,999.99 元之间，最多两位小数。";

    public static bool IsValid(decimal amount) =>
        amount is >= 0 and <= DeclarationLimits.MaxAmount && decimal.Round(amount, DeclarationLimits.MoneyScale) == amount;
}
