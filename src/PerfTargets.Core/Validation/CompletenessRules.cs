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
        // With budget lines, R01 asks for the total and says what the lines add up to.
        RuleFor(d => d.AnnualFunding.Total).NotNull().When(d => d.BudgetLines.Count == 0)
            .WithMessage("请填写年度资金总额：没有金额，审核人无法判断目标与资金是否相称。");
        // Unknown is a state of its own (the paper may not say), so a warning, never a refusal to store.
        RuleFor(d => d.Kind).NotNull().WithSeverity(Severity.Warning)
            .WithMessage("未注明项目属性：请选择新增项目或延续项目（上年已安排、本年继续的为延续项目）。");
        // 项目期 is read first by a reviewer (财预〔2015〕88号 申报表的基本信息): a warning, since many published forms lack it.
        RuleFor(d => d.PeriodText).Must((d, _) => ProjectPeriod.Of(d) is not null || !string.IsNullOrWhiteSpace(d.PeriodText)).WithSeverity(Severity.Warning)
            .WithMessage(d => $"未填项目期：请写明项目的起止时间（如“{d.BudgetYear}年1月至{d.BudgetYear}年12月”），一年期项目也要写。");
        RuleFor(d => d.ProjectLeader).Must((d, leader) => !string.IsNullOrWhiteSpace(leader) && !string.IsNullOrWhiteSpace(d.ContactPhone)).WithSeverity(Severity.Warning)
            .WithMessage(d => string.IsNullOrWhiteSpace(d.ProjectLeader) ? "未填项目负责人：审核中有问题时需要找到负责人及其联系电话。" : "未填联系电话：审核中有问题时需要联系项目负责人。");
        RuleFor(d => d).Custom(RowNames);
    }

    /// <summary>
    /// The name of every budget line, indicator and 制度保障, in plain loops rather than a child
    /// validator per row, which costs several times the checks (<see cref="RowCheck"/>).
    /// </summary>
    private static void RowNames(Declaration declaration, ValidationContext<Declaration> context)
    {
        for (var i = 0; i < declaration.BudgetLines.Count; i++)
        {
            if (declaration.BudgetLines[i] is { } line)
            {
                new RowCheck(context, nameof(Declaration.BudgetLines), i).Required(nameof(BudgetLine.Item), line.Item, "请填写支出明细项目。");
            }
        }

        for (var i = 0; i < declaration.Indicators.Count; i++)
        {
            if (declaration.Indicators[i] is { } indicator)
            {
                IndicatorNames(new RowCheck(context, nameof(Declaration.Indicators), i), indicator);
            }
        }

        for (var i = 0; i < declaration.Safeguards.Count; i++)
        {
            if (declaration.Safeguards[i] is { } safeguard)
            {
                new RowCheck(context, nameof(Declaration.Safeguards), i).Required(nameof(SystemSafeguard.Category), safeguard.Category, "请填写制度保障的类别。");
            }
        }
    }

    private static void IndicatorNames(RowCheck row, Indicator indicator)
    {
        row.Required(nameof(Indicator.Level1), indicator.Level1, "请选择一级指标。");
        row.Required(nameof(Indicator.Level2), indicator.Level2, "请选择二级指标。");
        row.Required(nameof(Indicator.Name), indicator.Name, "请填写三级指标名称。");
        row.Defined<IndicatorNature>(nameof(Indicator.Nature), indicator.Nature, "请选择定量或定性。");
    }
}
