using System.Linq.Expressions;
using FluentValidation;
using PerfTargets.Core.Declarations;

namespace PerfTargets.Core.Validation;

/// <summary>
/// The size and range of every field, so that nothing the database would refuse reaches it:
/// text lengths, row counts, amounts, and dates in order.
/// </summary>
internal sealed class LimitRules : AbstractValidator<Declaration>
{
    public LimitRules()
    {
        Text(d => d.ProjectName, DeclarationLimits.ProjectName, "项目名称");
        Text(d => d.ProjectCode, DeclarationLimits.ProjectCode, "项目编码");
        Text(d => d.SupervisingDepartment, DeclarationLimits.UnitName, "主管部门");
        Text(d => d.ImplementingUnit, DeclarationLimits.UnitName, "实施单位");
        Text(d => d.PeriodText, DeclarationLimits.PeriodText, "项目期");
        Text(d => d.ProjectLeader, DeclarationLimits.PersonName, "项目负责人");
        Text(d => d.ContactPerson, DeclarationLimits.PersonName, "联系人");
        Text(d => d.ContactPhone, DeclarationLimits.Phone, "联系电话");
        Text(d => d.FilledBy, DeclarationLimits.PersonName, "填报人");
        RuleFor(d => d.Category).IsInEnum().WithMessage("项目类别无效。");
        RuleFor(d => d.MoneyUnit).IsInEnum().WithMessage("金额单位无效。");
        RuleFor(d => d.EndDate).GreaterThanOrEqualTo(d => d.StartDate).When(d => d.StartDate is not null && d.EndDate is not null)
            .WithMessage("项目结束日期不能早于开始日期。");
        RuleFor(d => d.MidTermStartYear).InclusiveBetween(BudgetYears.Min, BudgetYears.Max).WithMessage(BudgetYears.Refusal("中期开始年度"));
        RuleFor(d => d.MidTermEndYear).InclusiveBetween(BudgetYears.Min, BudgetYears.Max).WithMessage(BudgetYears.Refusal("中期结束年度"))
            .GreaterThanOrEqualTo(d => d.MidTermStartYear).When(d => d.MidTermStartYear is not null).WithMessage("中期结束年度不能早于开始年度。");
        Weight(RuleFor(d => d.WeightTotal), "总分");
        RuleForEach(d => d.Level1Weights).ChildRules(level1 =>
        {
            level1.RuleFor(l => l.Level1).NotEmpty().WithMessage("请填写一级指标分值所属的一级指标。")
                .MaximumLength(DeclarationLimits.LevelName).WithMessage($"一级指标不能超过 {DeclarationLimits.LevelName} 个字。").PlainText("一级指标");
            Weight(level1.RuleFor(l => l.Weight), "一级指标分值");
        });
        RuleFor(d => d.Level1Weights.Count).LessThanOrEqualTo(DeclarationLimits.MaxLevel1Weights)
            .OverridePropertyName("Level1Weights").WithMessage($"一级指标分值不能超过 {DeclarationLimits.MaxLevel1Weights} 项。");
        foreach (var total in new Expression<Func<Declaration, decimal?>>[] { d => d.StatedBudgetLineTotals.Amount, d => d.StatedBudgetLineTotals.ActualTwoYearsBefore, d => d.StatedBudgetLineTotals.ActualYearBefore })
        {
            RuleFor(total).Must(Amounts.IsValidOrMissing).WithMessage(Amounts.Message);
        }

        RuleFor(d => d.Indicators.Count).LessThanOrEqualTo(DeclarationLimits.MaxIndicators)
            .OverridePropertyName("Indicators").WithMessage($"三级指标不能超过 {DeclarationLimits.MaxIndicators} 个。");
        RuleFor(d => d.BudgetLines.Count).LessThanOrEqualTo(DeclarationLimits.MaxBudgetLines)
            .OverridePropertyName("BudgetLines").WithMessage($"预算明细不能超过 {DeclarationLimits.MaxBudgetLines} 行。");
        foreach (var point in DisbursementPoints.All)
        {
            RuleFor(d => point.Get(d.DisbursementPlan)).InclusiveBetween(-1000m, 1000m).OverridePropertyName($"DisbursementPlan.{point.Name}")
                .WithMessage("支出进度应为 0 到 100 之间的百分数。")
                .Must(v => Scale.AtMost(v, DeclarationLimits.MoneyScale)).OverridePropertyName($"DisbursementPlan.{point.Name}")
                .WithMessage("支出进度最多两位小数。");
        }

        RuleForEach(d => d.MidTermGoals).MaximumLength(DeclarationLimits.Goal).WithMessage($"每条中期目标不能超过 {DeclarationLimits.Goal} 个字。").PlainText("中期目标");
        RuleForEach(d => d.AnnualGoals).MaximumLength(DeclarationLimits.Goal).WithMessage($"每条年度目标不能超过 {DeclarationLimits.Goal} 个字。").PlainText("年度目标");

        foreach (var field in NarrativeFields.All)
        {
            RuleFor(d => field.Get(d.Narrative)).MaximumLength(DeclarationLimits.Narrative)
                .OverridePropertyName($"Narrative.{field.Name}").WithMessage($"{field.Label}不能超过 {DeclarationLimits.Narrative} 个字。")
                .PlainText(field.Label).OverridePropertyName($"Narrative.{field.Name}");
        }

        foreach (var column in FundingColumns.All)
        {
            foreach (var field in FundingFields.All)
            {
                RuleFor(d => field.Get(column.Get(d))).Must(Amounts.IsValidOrMissing).OverridePropertyName($"{column.Name}.{field.Name}").WithMessage(Amounts.Message);
            }
        }

        RuleForEach(d => d.BudgetLines).ChildRules(line =>
        {
            line.RuleFor(l => l.Amount).Must(Amounts.IsValid).WithMessage(Amounts.Message);
            line.RuleFor(l => l.UnitStandard).Must(Amounts.IsValidOrMissing).WithMessage(Amounts.Message);
            line.RuleFor(l => l.ActualTwoYearsBefore).Must(Amounts.IsValidOrMissing).WithMessage(Amounts.Message);
            line.RuleFor(l => l.ActualYearBefore).Must(Amounts.IsValidOrMissing).WithMessage(Amounts.Message);
            line.RuleFor(l => l.Quantity).InclusiveBetween(0, DeclarationLimits.MaxQuantity).WithMessage("数量应在 0 到 10 亿之间。")
                .Must(q => Scale.AtMost(q, DeclarationLimits.MoneyScale)).WithMessage("数量最多两位小数。");
            line.RuleFor(l => l.Item).MaximumLength(DeclarationLimits.LineText).WithMessage($"支出明细项目不能超过 {DeclarationLimits.LineText} 个字。").PlainText("支出明细项目");
            line.RuleFor(l => l.Content).MaximumLength(DeclarationLimits.LineText).WithMessage($"项目内容不能超过 {DeclarationLimits.LineText} 个字。").PlainText("项目内容");
            line.RuleFor(l => l.QuantityUnit).MaximumLength(DeclarationLimits.Unit).WithMessage($"单位不能超过 {DeclarationLimits.Unit} 个字。").PlainText("单位");
            line.RuleFor(l => l.StandardUnit).MaximumLength(DeclarationLimits.Unit).WithMessage($"单位不能超过 {DeclarationLimits.Unit} 个字。").PlainText("单位");
            line.RuleFor(l => l.Basis).MaximumLength(DeclarationLimits.LineText).WithMessage($"依据不能超过 {DeclarationLimits.LineText} 个字。").PlainText("依据");
            line.RuleFor(l => l.Remark).MaximumLength(DeclarationLimits.Remark).WithMessage($"备注不能超过 {DeclarationLimits.Remark} 个字。").PlainText("备注");
        });

        RuleForEach(d => d.Indicators).ChildRules(indicator =>
        {
            indicator.RuleFor(i => i.Level1).MaximumLength(DeclarationLimits.LevelName).WithMessage($"一级指标不能超过 {DeclarationLimits.LevelName} 个字。").PlainText("一级指标");
            indicator.RuleFor(i => i.Level2).MaximumLength(DeclarationLimits.LevelName).WithMessage($"二级指标不能超过 {DeclarationLimits.LevelName} 个字。").PlainText("二级指标");
            indicator.RuleFor(i => i.Name).MaximumLength(DeclarationLimits.IndicatorName).WithMessage($"三级指标名称不能超过 {DeclarationLimits.IndicatorName} 个字。").PlainText("三级指标名称");
            indicator.RuleFor(i => i.Description).MaximumLength(DeclarationLimits.IndicatorText).WithMessage($"指标内容不能超过 {DeclarationLimits.IndicatorText} 个字。").PlainText("指标内容");
            indicator.RuleFor(i => i.Remark).MaximumLength(DeclarationLimits.Remark).WithMessage($"备注不能超过 {DeclarationLimits.Remark} 个字。").PlainText("备注");
            indicator.RuleFor(i => i.Basis).IsInEnum().WithMessage("确定依据无效。");
            indicator.RuleFor(i => i.Direction).IsInEnum().WithMessage("指标方向无效。");
            indicator.RuleFor(i => i.ScoringStandard).MaximumLength(DeclarationLimits.IndicatorText).WithMessage($"评分标准不能超过 {DeclarationLimits.IndicatorText} 个字。").PlainText("评分标准");
            Weight(indicator.RuleFor(i => i.Weight), "权重");
            foreach (var target in new Expression<Func<Indicator, IndicatorTarget>>[] { i => i.MidTerm, i => i.Annual })
            {
                indicator.RuleFor(target).ChildRules(t =>
                {
                    t.RuleFor(x => x.Comparator).IsInEnum().WithMessage("比较符无效。");
                    t.RuleFor(x => x.Text).MaximumLength(DeclarationLimits.TargetText).WithMessage($"指标值不能超过 {DeclarationLimits.TargetText} 个字。").PlainText("指标值");
                    t.RuleFor(x => x.Unit).MaximumLength(DeclarationLimits.Unit).WithMessage($"计量单位不能超过 {DeclarationLimits.Unit} 个字。").PlainText("计量单位");
                    t.RuleFor(x => x.Value).InclusiveBetween(-DeclarationLimits.MaxTargetValue, DeclarationLimits.MaxTargetValue).WithMessage("指标数值超出可接受的范围（最多 14 位整数）。")
                        .Must(v => Scale.AtMost(v, DeclarationLimits.TargetValueScale)).WithMessage("指标数值最多六位小数。");
                });
            }
        });

        RuleForEach(d => d.Safeguards).ChildRules(safeguard =>
        {
            safeguard.RuleFor(s => s.Category).MaximumLength(DeclarationLimits.LineText).WithMessage($"类别不能超过 {DeclarationLimits.LineText} 个字。").PlainText("类别");
            safeguard.RuleFor(s => s.DocumentName).MaximumLength(DeclarationLimits.LineText).WithMessage($"文件名称不能超过 {DeclarationLimits.LineText} 个字。").PlainText("文件名称");
            safeguard.RuleFor(s => s.Measures).MaximumLength(DeclarationLimits.IndicatorText).WithMessage($"措施不能超过 {DeclarationLimits.IndicatorText} 个字。").PlainText("措施");
        });
    }

    /// <summary>A weight lies in 0–1000 with at most two decimals.</summary>
    internal static void Weight<T>(IRuleBuilderInitial<T, decimal?> rule, string name) =>
        rule.InclusiveBetween(0m, DeclarationLimits.MaxWeight).WithMessage($"{name}应在 0 到 {DeclarationLimits.MaxWeight:0} 之间。")
            .Must(w => Scale.AtMost(w, DeclarationLimits.WeightScale)).WithMessage($"{name}最多两位小数。");

    private static void Weight<T>(IRuleBuilderInitial<T, decimal> rule, string name) =>
        rule.InclusiveBetween(0m, DeclarationLimits.MaxWeight).WithMessage($"{name}应在 0 到 {DeclarationLimits.MaxWeight:0} 之间。")
            .Must(w => Scale.AtMost(w, DeclarationLimits.WeightScale)).WithMessage($"{name}最多两位小数。");

    private void Text(Expression<Func<Declaration, string?>> field, int limit, string name) =>
        RuleFor(field).MaximumLength(limit).WithMessage($"{name}不能超过 {limit} 个字。").PlainText(name);
}
