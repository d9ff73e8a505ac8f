using PerfTargets.Core.Money;
using PerfTargets.Core.Reports;

namespace PerfTargets.Web.Pages.Declarations.Reports;

/// <summary>
/// A report's answers as typed: amounts in the declaration's money unit and numbers as text, read
/// here so that anything typed ends at its field as a Chinese message, never as an error page.
/// </summary>
public sealed class ReportForm
{
    public string? Budget { get; set; }

    public string? Executed { get; set; }

    public string? FundingReason { get; set; }

    public string? FundingMeasure { get; set; }

    public string? Summary { get; set; }

    public List<LineForm> Lines { get; set; } = [];

    public static ReportForm Of(PerformanceReport report, MoneyUnit unit)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new ReportForm
        {
            Budget = MoneyInput.ForEditing(report.Funding.Budget, unit),
            Executed = MoneyInput.ForEditing(report.Funding.Executed, unit),
            FundingReason = report.Funding.Reason,
            FundingMeasure = report.Funding.Measure,
            Summary = report.Summary,
            Lines = [.. report.Lines.OrderBy(l => l.IndicatorSequence).Select(LineForm.Of)],
        };
    }

    /// <summary>
    /// The answers as a report against the approved version it answers to; the fields that could not
    /// be read or that a draft cannot hold (<see cref="ReportDraftValidator"/>), with their messages.
    /// </summary>
    public (PerformanceReport Answers, IReadOnlyList<(string Field, string Message)> Errors) Read(Declaration approved)
    {
        ArgumentNullException.ThrowIfNull(approved);
        var unit = approved.MoneyUnit;
        var errors = new List<(string, string)>();
        var answers = new PerformanceReport
        {
            Funding = new FundingExecution
            {
                Budget = Money(Budget, unit, nameof(Budget), "全年预算数", errors),
                Executed = Money(Executed, unit, nameof(Executed), "执行数", errors),
                Reason = FundingReason,
                Measure = FundingMeasure,
            },
            Summary = Summary,
        };
        for (var i = 0; i < Lines.Count; i++)
        {
            // Only a hand-made request (the API's JSON) has an empty place in the list.
            if (Lines[i] is not { } line)
            {
                errors.Add(($"Lines[{i}]", $"第 {i + 1} 项为空：每项须为一行指标的填报。"));
                continue;
            }

            answers.Lines.Add(new ReportLine
            {
                IndicatorSequence = line.Sequence,
                Actual = Number(line.Actual, $"Lines[{i}].Actual", $"第{line.Sequence}行的实际完成值", errors),
                Projected = Number(line.Projected, $"Lines[{i}].Projected", $"第{line.Sequence}行的预计全年完成值", errors),
                ActualText = line.ActualText,
                WillMeet = line.WillMeet,
                Grade = line.Grade,
                Reason = line.Reason,
                Measure = line.Measure,
            });
        }

        if (errors.Count == 0)
        {
            errors.AddRange(new ReportDraftValidator(approved).Validate(answers).Errors.Select(e => (FieldOf(e.PropertyName), e.ErrorMessage)));
        }

        return (answers, errors);
    }

    /// <summary>The form field a validator's property path stands for ("Funding.Reason" → "FundingReason").</summary>
    public static string FieldOf(string propertyPath) => propertyPath switch
    {
        "Funding.Budget" => nameof(Budget),
        "Funding.Executed" => nameof(Executed),
        "Funding.Reason" => nameof(FundingReason),
        "Funding.Measure" => nameof(FundingMeasure),
        _ => propertyPath,
    };

    private static decimal? Money(string? text, MoneyUnit unit, string field, string label, List<(string, string)> errors)
    {
        if (MoneyInput.TryParse(text, unit, out var yuan, out var error))
        {
            return yuan;
        }

        errors.Add((field, $"{label}：{error}"));
        return null;
    }

    private static decimal? Number(string? text, string field, string label, List<(string, string)> errors)
    {
        if (!MoneyInput.TryParseNumber(text, out var number))
        {
            errors.Add((field, $"{label}“{text!.Trim()}”不是有效的数字。"));
            return null;
        }

        // What the column holds: the range and the six decimals of an indicator's target.
        if (number is { } value && (Math.Abs(value) > DeclarationLimits.MaxTargetValue || decimal.Round(value, DeclarationLimits.TargetValueScale) != value))
        {
            errors.Add((field, $"{label}超出可接受的范围（最多 14 位整数、{DeclarationLimits.TargetValueScale} 位小数）。"));
            return null;
        }

        return number;
    }
}

/// <summary>One indicator's answers as typed.</summary>
public sealed class LineForm
{
    public int Sequence { get; set; }

    public string? Actual { get; set; }

    public string? ActualText { get; set; }

    public string? Projected { get; set; }

    public bool? WillMeet { get; set; }

    public string? Grade { get; set; }

    public string? Reason { get; set; }

    public string? Measure { get; set; }

    public static LineForm Of(ReportLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new LineForm
        {
            Sequence = line.IndicatorSequence,
            Actual = Format(line.Actual),
            ActualText = line.ActualText,
            Projected = Format(line.Projected),
            WillMeet = line.WillMeet,
            Grade = line.Grade,
            Reason = line.Reason,
            Measure = line.Measure,
        };
    }

    private static string? Format(decimal? value) => value?.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture);
}
