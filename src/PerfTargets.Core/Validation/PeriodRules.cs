using System.Globalization;
using System.Text.RegularExpressions;
using PerfTargets.Core.Validation.Review;
using static PerfTargets.Core.Validation.Review.IndicatorReading;

namespace PerfTargets.Core.Validation;

/// <summary>
/// 项目期: an annual declaration keeps within its budget year, a 中期 half belongs to a project
/// that runs longer than a year, 时效 targets fall within the period, and the 资金支出计划 spends
/// nothing before the project starts or after it ends.
/// </summary>
internal sealed partial class PeriodRules : AbstractValidator<Declaration>
{
    public PeriodRules()
    {
        RuleFor(d => d).Custom((declaration, context) =>
        {
            var period = ProjectPeriod.Of(declaration);
            var periodPath = declaration.StartDate is not null ? "startDate" : declaration.PeriodText is not null ? "periodText" : "midTermStartYear";
            var midTerm = declaration.HasMidTerm;
            if (period is not null && !midTerm && (period.EndYear > declaration.BudgetYear || period.StartYear < declaration.BudgetYear))
            {
                context.Report(DeclarationRule.PeriodFits, periodPath,
                    $"项目期（{period.Display}）超出预算年度 {declaration.BudgetYear} 年，本表却只有年度目标：跨年度项目请填写中期目标和中期资金。", Severity.Warning);
            }

            if (period is { Years: 1 } && midTerm && (declaration.MidTermGoals.Exists(g => !string.IsNullOrWhiteSpace(g)) || !declaration.MidTermFunding.IsEmpty))
            {
                context.Report(DeclarationRule.PeriodFits, declaration.MidTermGoals.Count > 0 ? "midTermGoals[0]" : "midTermFunding.total",
                    $"项目期只有一年（{period.Display}），却填了中期目标或中期资金：一年期的项目只填年度目标和年度资金。", Severity.Warning);
            }

            var span = period ?? (midTerm ? null : new ProjectPeriod(declaration.BudgetYear, 1, declaration.BudgetYear, 12));
            if (span is not null)
            {
                TimelinessTargets(context, declaration, span);
                if (period is not null)
                {
                    Spending(context, declaration, period);
                }
            }
        });
    }

    private static void TimelinessTargets(ValidationContext<Declaration> context, Declaration declaration, ProjectPeriod period)
    {
        foreach (var (indicator, index) in Applicable(declaration).Where(r => KindOf(r.Indicator) == Level2Kind.Timeliness))
        {
            foreach (var (target, member, periodName) in FilledTargets(indicator))
            {
                var years = target.Unit?.Trim() == "年" && target.Value is { } value ? value : (decimal?)null;
                var outside = Year().Matches(target.Text ?? string.Empty)
                    .Select(m => int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture))
                    .FirstOrDefault(y => y < period.StartYear || y > period.EndYear);
                if (years > period.Years || outside != 0)
                {
                    context.Report(DeclarationRule.PeriodFits, TargetPath(index, member),
                        $"{Label(indicator, index)}的{periodName}“{target.Display()}”超出项目期（{period.Display}）：时效指标应在项目期内完成，" +
                        "项目期以外的事项不是本项目的时效目标。", Severity.Warning);
                }
            }
        }
    }

    /// <summary>Money planned before the start or after the end, when the period begins or ends inside the budget year.</summary>
    private static void Spending(ValidationContext<Declaration> context, Declaration declaration, ProjectPeriod period)
    {
        var plan = declaration.DisbursementPlan;
        var year = declaration.BudgetYear;
        var reached = 0m;
        foreach (var point in DisbursementPoints.All)
        {
            if (point.Get(plan) is not { } percent)
            {
                continue;
            }

            if (period.StartYear == year && point.Month < period.StartMonth && percent > 0)
            {
                context.Report(DeclarationRule.PeriodFits, point.Path,
                    $"项目 {period.StartYear} 年 {period.StartMonth} 月开始，资金支出计划却在{point.Label}已支出 {percent:0.##}%：开工前不应有支出。", Severity.Warning);
            }
            else if (period.EndYear == year && point.Month > period.EndMonth && percent > reached)
            {
                context.Report(DeclarationRule.PeriodFits, point.Path,
                    $"项目 {period.EndYear} 年 {period.EndMonth} 月结束，资金支出计划在{point.Label}仍有支出（累计 {percent:0.##}%）：应在项目期内支出完毕。", Severity.Warning);
            }

            if (point.Month <= period.EndMonth || period.EndYear != year)
            {
                reached = percent;
            }
        }
    }

    [GeneratedRegex(@"(?<year>(?:19|20|21)\d{2})\s*年")]
    private static partial Regex Year();
}
