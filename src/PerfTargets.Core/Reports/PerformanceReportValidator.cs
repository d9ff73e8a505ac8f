using System.Globalization;
using PerfTargets.Core.Validation;

namespace PerfTargets.Core.Reports;

/// <summary>
/// What a report must say before it is submitted, judged against the approved version it answers to:
/// the money, each indicator's 实际完成值 (and for 监控 the projection and 能否完成, for 自评 a 定性
/// grade), and a reason and a measure wherever the rules find a deviation or a shortfall. Every
/// message names the indicator's line and stands at the field to fill.
/// </summary>
public sealed class PerformanceReportValidator : AbstractValidator<PerformanceReport>
{
    private readonly Declaration approved;
    private readonly ReportSettings settings;

    public PerformanceReportValidator(Declaration approved, ReportSettings settings)
    {
        this.approved = approved ?? throw new ArgumentNullException(nameof(approved));
        this.settings = settings ?? throw new ArgumentNullException(nameof(settings));

        RuleFor(r => r.Funding.Budget).NotNull().WithMessage("请填写全年预算数。")
            .GreaterThan(0m).WithMessage("全年预算数须大于 0。")
            .Must(Amounts.IsValidOrMissing).WithMessage(Amounts.Message);
        RuleFor(r => r.Funding.Executed).NotNull().WithMessage(r => $"请填写截至{DateLabel(r)}的执行数。")
            .GreaterThanOrEqualTo(0m).WithMessage("执行数不能为负数。")
            .Must(Amounts.IsValidOrMissing).WithMessage(Amounts.Message);
        RuleFor(r => r.Funding.Reason).NotEmpty().WithMessage(LagMessage("偏差原因"))
            .When(r => r.Kind == ReportKind.Monitoring && MonitoringRules.SpendingDeviates(approved, r, settings));
        RuleFor(r => r.Funding.Measure).NotEmpty().WithMessage(LagMessage("纠偏措施"))
            .When(r => r.Kind == ReportKind.Monitoring && MonitoringRules.SpendingDeviates(approved, r, settings));
        Include(new ReportDraftValidator(approved));
        RuleFor(r => r.Summary).NotEmpty().WithMessage("请填写年度总体目标的实际完成情况。").When(r => r.Kind == ReportKind.SelfEvaluation);

        RuleForEach(r => r.Lines).Custom((line, context) => CheckLine(context.InstanceToValidate, line, context));
        RuleFor(r => r).Custom((report, context) =>
        {
            foreach (var missing in approved.Indicators.Where(i => !i.IsNotApplicable && report.LineFor(i.Sequence) is null))
            {
                context.AddFailure(nameof(PerformanceReport.Lines), $"{LineName(missing)}：报告中缺少这一行，请重新打开报告。");
            }
        });
    }

    /// <summary>How a message names a line: 第3行“接待游客人次”.</summary>
    public static string LineName(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return $"第{indicator.Sequence}行“{indicator.Name}”";
    }

    private void CheckLine(PerformanceReport report, ReportLine line, ValidationContext<PerformanceReport> context)
    {
        var indicator = approved.Indicators.Find(i => i.Sequence == line.IndicatorSequence);
        if (indicator is null || indicator.IsNotApplicable)
        {
            context.AddFailure($"第{line.IndicatorSequence}行不是批复版本中需要填报的指标。");
            return;
        }

        var name = LineName(indicator);
        var numeric = TargetReading.IsNumeric(indicator);
        var target = indicator.Annual.Display();
        if (numeric && line.Actual is null)
        {
            context.AddFailure(nameof(ReportLine.Actual), $"{name}：请填写实际完成值（年度指标值 {target}）。");
        }

        if (!numeric && report.Kind == ReportKind.Monitoring && string.IsNullOrWhiteSpace(line.ActualText))
        {
            context.AddFailure(nameof(ReportLine.ActualText), $"{name}：请填写目前的实际完成情况。");
        }

        if (report.Kind == ReportKind.Monitoring)
        {
            CheckMonitoring(indicator, line, name, target, context);
        }
        else
        {
            CheckSelfEvaluation(indicator, line, name, context);
        }
    }

    private static void CheckMonitoring(Indicator indicator, ReportLine line, string name, string target, ValidationContext<PerformanceReport> context)
    {
        if (TargetReading.IsNumeric(indicator) && line.Projected is null)
        {
            context.AddFailure(nameof(ReportLine.Projected), $"{name}：请填写预计全年完成值。");
        }

        if (line.WillMeet is null)
        {
            context.AddFailure(nameof(ReportLine.WillMeet), $"{name}：请选择能否完成年度目标。");
        }

        if (!MonitoringRules.Deviates(indicator, line))
        {
            return;
        }

        var why = line.WillMeet == false ? "预计不能完成年度目标" : $"预计全年完成值 {Number(line.Projected)} 达不到年度指标值 {target}";
        if (string.IsNullOrWhiteSpace(line.Reason))
        {
            context.AddFailure(nameof(ReportLine.Reason), $"{name}：{why}，请填写偏差原因。");
        }

        if (string.IsNullOrWhiteSpace(line.Measure))
        {
            context.AddFailure(nameof(ReportLine.Measure), $"{name}：{why}，请填写纠偏措施。");
        }
    }

    private void CheckSelfEvaluation(Indicator indicator, ReportLine line, string name, ValidationContext<PerformanceReport> context)
    {
        if (!TargetReading.IsNumeric(indicator) && settings.PercentOf(line.Grade) is null)
        {
            var grades = string.Join("、", settings.QualitativeGrades.Select(g => g.Name));
            context.AddFailure(nameof(ReportLine.Grade), $"{name}：请选择完成等级（{grades}）。");
            return;
        }

        if ((TargetReading.IsNumeric(indicator) && line.Actual is null) || SelfEvaluationScoring.ShareEarned(indicator, line, settings) >= 1m)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(line.Reason))
        {
            context.AddFailure(nameof(ReportLine.Reason), $"{name}：未完成年度指标值，请填写未完成原因。");
        }

        if (string.IsNullOrWhiteSpace(line.Measure))
        {
            context.AddFailure(nameof(ReportLine.Measure), $"{name}：未完成年度指标值，请填写改进措施。");
        }
    }

    private Func<PerformanceReport, string> LagMessage(string what) => r =>
    {
        var planned = PlannedSpending.PercentAt(approved.DisbursementPlan, r.AsOf) ?? 0m;
        var lag = MonitoringRules.SpendingLag(approved, r) ?? 0m;
        return $"截至{DateLabel(r)}资金执行率 {Number(planned - lag)}%，落后资金支出计划（{Number(planned)}%）{Number(lag)} 个百分点，超过 {Number(settings.SpendingLagThreshold)} 个百分点，请填写{what}。";
    };

    private static string DateLabel(PerformanceReport report) => report.AsOf.ToString("M月d日", CultureInfo.InvariantCulture);

    private static string Number(decimal? value) => value is { } v ? Math.Round(v, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture) : "（未填）";
}
