using PerfTargets.Core.Declarations;
using PerfTargets.Core.Money;

namespace PerfTargets.Web.Editing;

/// <summary>
/// Writes a posted <see cref="DeclarationForm"/> into a declaration, reading amounts in the
/// form's unit and targets as numbers or grade texts. What cannot be read is reported by the
/// form field it came from (as the page names it, under <c>Input.</c>), in Chinese.
/// </summary>
public static class DeclarationFormReader
{
    public const string Prefix = "Input";

    public static IReadOnlyList<(string Field, string Message)> ApplyTo(this DeclarationForm form, Declaration declaration)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(declaration);
        var errors = new List<(string, string)>();
        var unit = form.MoneyUnit;

        declaration.BudgetYear = form.BudgetYear;
        declaration.DepartmentId = form.DepartmentId;
        declaration.FrameworkId = form.FrameworkId;
        declaration.ProjectName = Clean(form.ProjectName) ?? string.Empty;
        declaration.ProjectCode = Clean(form.ProjectCode);
        declaration.ImplementingUnit = Clean(form.ImplementingUnit);
        declaration.Kind = form.Kind;
        declaration.Category = form.Category;
        declaration.PeriodText = Clean(form.PeriodText);
        declaration.StartDate = form.StartDate;
        declaration.EndDate = form.EndDate;
        declaration.ProjectLeader = Clean(form.ProjectLeader);
        declaration.ContactPerson = Clean(form.ContactPerson);
        declaration.ContactPhone = Clean(form.ContactPhone);
        declaration.FilledBy = Clean(form.FilledBy);
        declaration.FilledOn = form.FilledOn;
        declaration.MoneyUnit = unit;
        declaration.Narrative = new DeclarationNarrative();
        foreach (var field in NarrativeFields.All)
        {
            field.Set(declaration.Narrative, CleanText(field.Get(form.Narrative)));
        }

        declaration.MidTermFunding = ReadFunding(form.MidTermFunding, unit, nameof(DeclarationForm.MidTermFunding), errors);
        declaration.AnnualFunding = ReadFunding(form.AnnualFunding, unit, nameof(DeclarationForm.AnnualFunding), errors);
        declaration.PriorYearsFunding = ReadFunding(form.PriorYearsFunding, unit, nameof(DeclarationForm.PriorYearsFunding), errors);
        declaration.BudgetLines = form.BudgetLines.Select((line, i) => ReadLine(line, i + 1, unit, errors)).ToList();
        declaration.DisbursementPlan = new DisbursementPlan
        {
            March = form.DisbursementPlan.March,
            June = form.DisbursementPlan.June,
            October = form.DisbursementPlan.October,
            December = form.DisbursementPlan.December,
        };
        declaration.MidTermStartYear = form.MidTermStartYear;
        declaration.MidTermEndYear = form.MidTermEndYear;
        declaration.MidTermGoals = Lines(form.MidTermGoals);
        declaration.AnnualGoals = Lines(form.AnnualGoals);
        declaration.Indicators = form.Indicators.Select((indicator, i) => ReadIndicator(indicator, i + 1)).ToList();
        declaration.Safeguards = form.Safeguards.Select((safeguard, i) => new SystemSafeguard
        {
            Sequence = i + 1,
            Category = Clean(safeguard.Category) ?? string.Empty,
            DocumentName = Clean(safeguard.DocumentName),
            Measures = CleanText(safeguard.Measures),
            Stages = (safeguard.Planning ? SafeguardStages.Planning : SafeguardStages.None)
                | (safeguard.Implementation ? SafeguardStages.Implementation : SafeguardStages.None)
                | (safeguard.Closing ? SafeguardStages.Closing : SafeguardStages.None),
        }).ToList();
        return errors;
    }

    /// <summary>The name of a budget line's field in the form.</summary>
    public static string LineField(string key, string field) => $"{Prefix}.{nameof(DeclarationForm.BudgetLines)}[{key}].{field}";

    /// <summary>The name of an indicator's field in the form.</summary>
    public static string IndicatorField(string key, string field) => $"{Prefix}.{nameof(DeclarationForm.Indicators)}[{key}].{field}";

    /// <summary>The name of a funding amount in the form.</summary>
    public static string FundingField(string column, string field) => $"{Prefix}.{column}.{nameof(FundingForm.Amounts)}[{field}]";

    private static FundingSplit ReadFunding(FundingForm form, MoneyUnit unit, string column, List<(string, string)> errors)
    {
        var split = new FundingSplit();
        foreach (var field in FundingFields.All)
        {
            field.Set(split, Amount(form[field.Name], unit, FundingField(column, field.Name), errors));
        }

        return split;
    }

    private static BudgetLine ReadLine(BudgetLineForm form, int sequence, MoneyUnit unit, List<(string, string)> errors)
    {
        var line = new BudgetLine
        {
            Sequence = sequence,
            Item = Clean(form.Item) ?? string.Empty,
            Content = Clean(form.Content),
            QuantityUnit = Clean(form.QuantityUnit),
            UnitStandard = Amount(form.UnitStandard, unit, LineField(form.Key, nameof(form.UnitStandard)), errors),
            StandardUnit = Clean(form.StandardUnit),
            Amount = Amount(form.Amount, unit, LineField(form.Key, nameof(form.Amount)), errors) ?? 0m,
            Basis = Clean(form.Basis),
            Remark = Clean(form.Remark),
        };
        if (MoneyInput.TryParseNumber(form.Quantity, out var quantity))
        {
            line.Quantity = quantity;
        }
        else
        {
            errors.Add((LineField(form.Key, nameof(form.Quantity)), $"数量“{form.Quantity!.Trim()}”不是有效的数字。"));
        }

        return line;
    }

    private static Indicator ReadIndicator(IndicatorForm form, int sequence) => new()
    {
        Sequence = sequence,
        Level1 = Clean(form.Level1) ?? string.Empty,
        Level2 = Clean(form.Level2) ?? string.Empty,
        Name = Clean(form.Name) ?? string.Empty,
        Nature = form.Nature,
        MidTerm = ReadTarget(form.MidTerm),
        Annual = ReadTarget(form.Annual),
        Description = CleanText(form.Description),
        Basis = form.Basis,
        Remark = Clean(form.Remark),
    };

    /// <summary>A number in the value box is the target's value; anything else is its grade text.</summary>
    private static IndicatorTarget ReadTarget(TargetForm form)
    {
        var text = Clean(form.Value);
        var isNumber = MoneyInput.TryParseNumber(text, out var number) && number is not null;
        return new IndicatorTarget
        {
            Comparator = form.Comparator,
            Value = isNumber ? number : null,
            Text = isNumber ? null : text,
            Unit = Clean(form.Unit),
        };
    }

    private static decimal? Amount(string? text, MoneyUnit unit, string field, List<(string, string)> errors)
    {
        if (MoneyInput.TryParse(text, unit, out var yuan, out var error))
        {
            return yuan;
        }

        errors.Add((field, error!));
        return null;
    }

    private static List<string> Lines(string? text) =>
        (text ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Multi-line text keeps its line breaks, in one form (\n), without trailing blanks.</summary>
    private static string? CleanText(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();
}
