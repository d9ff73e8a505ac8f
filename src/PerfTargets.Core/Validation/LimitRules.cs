using System.Linq.Expressions;

namespace PerfTargets.Core.Validation;

/// <summary>
/// The size and range of every field, so that nothing the database would refuse reaches it:
/// text lengths, row counts, amounts, and dates in order. The fields of the rows (goals, budget
/// lines, indicators and their targets, 制度保障) are checked in loops (<see cref="RowCheck"/>):
/// a child validator per row cost several times the checks themselves.
/// </summary>
internal sealed class LimitRules : AbstractValidator<Declaration>
{
    private static readonly WeightMessages IndicatorWeight = WeightMessages.For("权重");

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
                .MaximumLength(DeclarationLimits.LevelName).WithMessage(TooLong("一级指标", DeclarationLimits.LevelName)).PlainText("一级指标");
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
        RuleFor(d => d.MidTermGoals.Count).LessThanOrEqualTo(DeclarationLimits.MaxGoals)
            .OverridePropertyName("MidTermGoals").WithMessage($"中期目标不能超过 {DeclarationLimits.MaxGoals} 条。");
        RuleFor(d => d.AnnualGoals.Count).LessThanOrEqualTo(DeclarationLimits.MaxGoals)
            .OverridePropertyName("AnnualGoals").WithMessage($"年度目标不能超过 {DeclarationLimits.MaxGoals} 条。");
        RuleFor(d => d.Safeguards.Count).LessThanOrEqualTo(DeclarationLimits.MaxSafeguards)
            .OverridePropertyName("Safeguards").WithMessage($"制度保障不能超过 {DeclarationLimits.MaxSafeguards} 行。");
        foreach (var point in DisbursementPoints.All)
        {
            RuleFor(d => point.Get(d.DisbursementPlan)).InclusiveBetween(-1000m, 1000m).OverridePropertyName($"DisbursementPlan.{point.Name}")
                .WithMessage("支出进度应为 0 到 100 之间的百分数。")
                .Must(v => Scale.AtMost(v, DeclarationLimits.MoneyScale)).OverridePropertyName($"DisbursementPlan.{point.Name}")
                .WithMessage("支出进度最多两位小数。");
        }

        RuleFor(d => d).Custom(GoalLimits);

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

        RuleFor(d => d).Custom(RowLimits);
    }

    /// <summary>"三级指标名称不能超过 300 个字。": the one wording for a text over its limit.</summary>
    internal static string TooLong(string name, int limit) => $"{name}不能超过 {limit} 个字。";

    /// <summary>A weight lies in 0–1000 with at most two decimals.</summary>
    internal static void Weight<T>(IRuleBuilderInitial<T, decimal?> rule, string name)
    {
        var messages = WeightMessages.For(name);
        rule.InclusiveBetween(0m, DeclarationLimits.MaxWeight).WithMessage(messages.OutOfRange)
            .Must(w => Scale.AtMost(w, DeclarationLimits.WeightScale)).WithMessage(messages.TooFine);
    }

    private static void Weight<T>(IRuleBuilderInitial<T, decimal> rule, string name)
    {
        var messages = WeightMessages.For(name);
        rule.InclusiveBetween(0m, DeclarationLimits.MaxWeight).WithMessage(messages.OutOfRange)
            .Must(w => Scale.AtMost(w, DeclarationLimits.WeightScale)).WithMessage(messages.TooFine);
    }

    private void Text(Expression<Func<Declaration, string?>> field, int limit, string name) =>
        RuleFor(field).MaximumLength(limit).WithMessage(TooLong(name, limit)).PlainText(name);

    private static void GoalLimits(Declaration declaration, ValidationContext<Declaration> context)
    {
        GoalLimits(context, nameof(Declaration.MidTermGoals), declaration.MidTermGoals, "中期目标");
        GoalLimits(context, nameof(Declaration.AnnualGoals), declaration.AnnualGoals, "年度目标");
    }

    private static void GoalLimits(ValidationContext<Declaration> context, string list, List<string> goals, string name)
    {
        var each = "每条" + name;
        for (var i = 0; i < goals.Count; i++)
        {
            var row = new RowCheck(context, list, i);
            row.MaxLength(null, goals[i], DeclarationLimits.Goal, each);
            row.PlainText(null, goals[i], name);
        }
    }

    /// <summary>
    /// The fields of every budget line, indicator and 制度保障, in plain loops rather than
    /// RuleForEach(…).ChildRules(…): a child validator builds a context, a property chain and its
    /// rules for every row, which cost several times the checks themselves. The failures are the
    /// ones the child rules gave, in the same order.
    /// </summary>
    private static void RowLimits(Declaration declaration, ValidationContext<Declaration> context)
    {
        for (var i = 0; i < declaration.BudgetLines.Count; i++)
        {
            if (declaration.BudgetLines[i] is { } line)
            {
                BudgetLineLimits(new RowCheck(context, nameof(Declaration.BudgetLines), i), line);
            }
        }

        for (var i = 0; i < declaration.Indicators.Count; i++)
        {
            if (declaration.Indicators[i] is { } indicator)
            {
                IndicatorLimits(new RowCheck(context, nameof(Declaration.Indicators), i), indicator);
            }
        }

        for (var i = 0; i < declaration.Safeguards.Count; i++)
        {
            if (declaration.Safeguards[i] is { } safeguard)
            {
                SafeguardLimits(new RowCheck(context, nameof(Declaration.Safeguards), i), safeguard);
            }
        }
    }

    private static void BudgetLineLimits(RowCheck row, BudgetLine line)
    {
        row.Amount(nameof(BudgetLine.Amount), line.Amount);
        row.Amount(nameof(BudgetLine.UnitStandard), line.UnitStandard);
        row.Amount(nameof(BudgetLine.ActualTwoYearsBefore), line.ActualTwoYearsBefore);
        row.Amount(nameof(BudgetLine.ActualYearBefore), line.ActualYearBefore);
        row.Between(nameof(BudgetLine.Quantity), line.Quantity, 0, DeclarationLimits.MaxQuantity, "数量应在 0 到 10 亿之间。");
        row.Decimals(nameof(BudgetLine.Quantity), line.Quantity, DeclarationLimits.MoneyScale, "数量最多两位小数。");
        row.Text(nameof(BudgetLine.Item), line.Item, DeclarationLimits.LineText, "支出明细项目");
        row.Text(nameof(BudgetLine.Content), line.Content, DeclarationLimits.LineText, "项目内容");
        row.Text(nameof(BudgetLine.QuantityUnit), line.QuantityUnit, DeclarationLimits.Unit, "单位");
        row.Text(nameof(BudgetLine.StandardUnit), line.StandardUnit, DeclarationLimits.Unit, "单位");
        row.Text(nameof(BudgetLine.Basis), line.Basis, DeclarationLimits.LineText, "依据");
        row.Text(nameof(BudgetLine.Remark), line.Remark, DeclarationLimits.Remark, "备注");
    }

    private static void IndicatorLimits(RowCheck row, Indicator indicator)
    {
        row.Text(nameof(Indicator.Level1), indicator.Level1, DeclarationLimits.LevelName, "一级指标");
        row.Text(nameof(Indicator.Level2), indicator.Level2, DeclarationLimits.LevelName, "二级指标");
        row.Text(nameof(Indicator.Name), indicator.Name, DeclarationLimits.IndicatorName, "三级指标名称");
        row.Text(nameof(Indicator.Description), indicator.Description, DeclarationLimits.IndicatorText, "指标内容");
        row.Text(nameof(Indicator.Remark), indicator.Remark, DeclarationLimits.Remark, "备注");
        row.Defined(nameof(Indicator.Basis), indicator.Basis, "确定依据无效。");
        row.Defined(nameof(Indicator.Direction), indicator.Direction, "指标方向无效。");
        row.Text(nameof(Indicator.ScoringStandard), indicator.ScoringStandard, DeclarationLimits.IndicatorText, "评分标准");
        row.Between(nameof(Indicator.Weight), indicator.Weight, 0m, DeclarationLimits.MaxWeight, IndicatorWeight.OutOfRange);
        row.Decimals(nameof(Indicator.Weight), indicator.Weight, DeclarationLimits.WeightScale, IndicatorWeight.TooFine);
        TargetLimits(row.Of(nameof(Indicator.MidTerm)), indicator.MidTerm);
        TargetLimits(row.Of(nameof(Indicator.Annual)), indicator.Annual);
    }

    private static void TargetLimits(RowCheck row, IndicatorTarget? target)
    {
        if (target is null)
        {
            return;
        }

        row.Defined(nameof(IndicatorTarget.Comparator), target.Comparator, "比较符无效。");
        row.Text(nameof(IndicatorTarget.Text), target.Text, DeclarationLimits.TargetText, "指标值");
        row.Text(nameof(IndicatorTarget.Unit), target.Unit, DeclarationLimits.Unit, "计量单位");
        row.Between(nameof(IndicatorTarget.Value), target.Value, -DeclarationLimits.MaxTargetValue, DeclarationLimits.MaxTargetValue, "指标数值超出可接受的范围（最多 14 位整数）。");
        row.Decimals(nameof(IndicatorTarget.Value), target.Value, DeclarationLimits.TargetValueScale, "指标数值最多六位小数。");
    }

    private static void SafeguardLimits(RowCheck row, SystemSafeguard safeguard)
    {
        row.Text(nameof(SystemSafeguard.Category), safeguard.Category, DeclarationLimits.LineText, "类别");
        row.Text(nameof(SystemSafeguard.DocumentName), safeguard.DocumentName, DeclarationLimits.LineText, "文件名称");
        row.Text(nameof(SystemSafeguard.Measures), safeguard.Measures, DeclarationLimits.IndicatorText, "措施");
    }

    /// <summary>What is said of a weight out of its range or too finely divided.</summary>
    private sealed record WeightMessages(string OutOfRange, string TooFine)
    {
        public static WeightMessages For(string name) => new($"{name}应在 0 到 {DeclarationLimits.MaxWeight:0} 之间。", $"{name}最多两位小数。");
    }
}
