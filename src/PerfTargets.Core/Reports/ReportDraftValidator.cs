using PerfTargets.Core.Validation;

namespace PerfTargets.Core.Reports;

/// <summary>
/// What a report's draft must be to be saved at all (保存), complete or not: every text within its
/// column and plain text, so that what the database could not hold is said at its field instead of
/// failing the save. A submission is judged by <see cref="PerformanceReportValidator"/>, which
/// includes these.
/// </summary>
public sealed class ReportDraftValidator : AbstractValidator<PerformanceReport>
{
    public ReportDraftValidator(Declaration approved)
    {
        ArgumentNullException.ThrowIfNull(approved);
        Text(RuleFor(r => r.Funding.Reason), DeclarationLimits.LineText, "资金执行偏差原因");
        Text(RuleFor(r => r.Funding.Measure), DeclarationLimits.LineText, "资金执行纠偏措施");
        Text(RuleFor(r => r.Summary), DeclarationLimits.Goal, "总体目标完成情况");
        RuleForEach(r => r.Lines).Custom((line, context) =>
        {
            var name = approved.Indicators.Find(i => i.Sequence == line.IndicatorSequence) is { } indicator
                ? PerformanceReportValidator.LineName(indicator)
                : $"第{line.IndicatorSequence}行";
            CheckText(line.ActualText, nameof(ReportLine.ActualText), $"{name}的实际完成情况", DeclarationLimits.LineText, context);
            CheckText(line.Grade, nameof(ReportLine.Grade), $"{name}的完成等级", DeclarationLimits.LevelName, context);
            CheckText(line.Reason, nameof(ReportLine.Reason), $"{name}的原因", DeclarationLimits.LineText, context);
            CheckText(line.Measure, nameof(ReportLine.Measure), $"{name}的措施", DeclarationLimits.LineText, context);
        });
    }

    private static void CheckText(string? text, string path, string field, int limit, ValidationContext<PerformanceReport> context)
    {
        if (text?.Length > limit)
        {
            context.AddFailure(path, LimitRules.TooLong(field, limit));
        }
        else if (TextCharacters.Problem(text, field) is { } problem)
        {
            context.AddFailure(path, problem);
        }
    }

    private static void Text(IRuleBuilder<PerformanceReport, string?> rule, int limit, string field) =>
        rule.MaximumLength(limit).WithMessage(LimitRules.TooLong(field, limit)).PlainText(field);
}
