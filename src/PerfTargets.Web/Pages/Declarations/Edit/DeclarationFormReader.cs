using PerfTargets.Core.Money;

namespace PerfTargets.Web.Pages.Declarations.Edit;

/// <summary>
/// Writes a posted <see cref="DeclarationForm"/> into a declaration, reading amounts in the
/// form's unit and targets as numbers or grade texts. What cannot be read is reported by the
/// form field it came from (as the page names it, <see cref="FormKeys"/>), in Chinese.
/// </summary>
public static class DeclarationFormReader
{
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
        declaration.SupervisingDepartment = Clean(form.SupervisingDepartment);
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
        // A row left wholly blank (an accidental 添加) is dropped, as the page says.
        form.BudgetLines.RemoveAll(IsBlank);
        form.Indicators.RemoveAll(IsBlank);
        form.Safeguards.RemoveAll(IsBlank);
        CheckRowCount(form.BudgetLines.Count, nameof(DeclarationForm.BudgetLines), "项目支出预算明细", errors);
        CheckRowCount(form.Indicators.Count, nameof(DeclarationForm.Indicators), "绩效指标", errors);
        CheckRowCount(form.Safeguards.Count, nameof(DeclarationForm.Safeguards), "制度保障", errors);
        declaration.BudgetLines = form.BudgetLines.Select((line, i) => ReadLine(line, i + 1, unit, errors)).ToList();
        const string totals = nameof(DeclarationForm.StatedBudgetLineTotals);
        declaration.StatedBudgetLineTotals = new BudgetLineTotals
        {
            Amount = Amount(form.StatedBudgetLineTotals.Amount, unit, FormKeys.Field($"{totals}.{nameof(BudgetLineTotals.Amount)}"), errors),
            ActualTwoYearsBefore = Amount(form.StatedBudgetLineTotals.ActualTwoYearsBefore, unit, FormKeys.Field($"{totals}.{nameof(BudgetLineTotals.ActualTwoYearsBefore)}"), errors),
            ActualYearBefore = Amount(form.StatedBudgetLineTotals.ActualYearBefore, unit, FormKeys.Field($"{totals}.{nameof(BudgetLineTotals.ActualYearBefore)}"), errors),
        };
        declaration.DisbursementPlan = new DisbursementPlan
        {
            March = Percent(form.DisbursementPlan.March, nameof(PlanForm.March), errors),
            June = Percent(form.DisbursementPlan.June, nameof(PlanForm.June), errors),
            October = Percent(form.DisbursementPlan.October, nameof(PlanForm.October), errors),
            December = Percent(form.DisbursementPlan.December, nameof(PlanForm.December), errors),
        };
        declaration.MidTermStartYear = form.MidTermStartYear;
        declaration.MidTermEndYear = form.MidTermEndYear;
        declaration.MidTermGoals = Lines(form.MidTermGoals);
        declaration.AnnualGoals = Lines(form.AnnualGoals);
        declaration.Indicators = form.Indicators.Select((indicator, i) => ReadIndicator(indicator, i + 1, errors)).ToList();
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
        declaration.WeightTotal = Weight(form.WeightTotal, FormKeys.Field(nameof(DeclarationForm.WeightTotal)), errors);
        declaration.Level1Weights = form.Level1Weights
            .Select((w, i) => (Level1: Clean(w.Level1), Weight: Weight(w.Weight, FormKeys.RowField(nameof(DeclarationForm.Level1Weights), i.ToString(System.Globalization.CultureInfo.InvariantCulture), nameof(Level1WeightForm.Weight)), errors)))
            .Where(w => w.Level1 is not null && w.Weight is not null)
            .Select(w => new Level1Weight { Level1 = w.Level1!, Weight = w.Weight!.Value })
            .ToList();
        if (form.AnnualOnly)
        {
            ClearMidTerm(declaration);
        }

        return errors;
    }

    /// <summary>An annual-only declaration: what the hidden 中期 fields still held is not kept.</summary>
    private static void ClearMidTerm(Declaration declaration)
    {
        declaration.MidTermFunding = new FundingSplit();
        declaration.MidTermStartYear = declaration.MidTermEndYear = null;
        declaration.MidTermGoals = [];
        declaration.Indicators.ForEach(i => i.MidTerm = new IndicatorTarget());
    }

    private static string LineField(string key, string field) => FormKeys.RowField(nameof(DeclarationForm.BudgetLines), key, field);

    private static string IndicatorField(string key, string field) => FormKeys.RowField(nameof(DeclarationForm.Indicators), key, field);

    private static FundingSplit ReadFunding(FundingForm form, MoneyUnit unit, string column, List<(string, string)> errors)
    {
        var split = new FundingSplit();
        foreach (var field in FundingFields.All)
        {
            field.Set(split, Amount(form[field.Name], unit, FormKeys.FundingField(column, field.Name), errors));
        }

        return split;
    }

    private static void CheckRowCount(int count, string list, string name, List<(string, string)> errors)
    {
        if (count > DeclarationForm.MaxRows)
        {
            errors.Add((FormKeys.Field(list), $"{name}有 {count:N0} 行，超过上限 {DeclarationForm.MaxRows:N0} 行，未保存。请删去多余的行。"));
        }
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
            ActualTwoYearsBefore = Amount(form.ActualTwoYearsBefore, unit, LineField(form.Key, nameof(form.ActualTwoYearsBefore)), errors),
            ActualYearBefore = Amount(form.ActualYearBefore, unit, LineField(form.Key, nameof(form.ActualYearBefore)), errors),
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

    private static Indicator ReadIndicator(IndicatorForm form, int sequence, List<(string, string)> errors) => new()
    {
        Sequence = sequence,
        Level1 = Clean(form.Level1) ?? string.Empty,
        Level2 = Clean(form.Level2) ?? string.Empty,
        Name = Clean(form.Name) ?? string.Empty,
        Nature = form.Nature,
        MidTerm = ReadTarget(form.MidTerm, form.Nature, IndicatorField(form.Key, "MidTerm.Value"), errors),
        Annual = ReadTarget(form.Annual, form.Nature, IndicatorField(form.Key, "Annual.Value"), errors),
        Description = CleanText(form.Description),
        Basis = form.Basis,
        Remark = Clean(form.Remark),
        Weight = Weight(form.Weight, IndicatorField(form.Key, nameof(form.Weight)), errors),
        Direction = form.Direction,
        ScoringStandard = CleanText(form.ScoringStandard),
        NotApplicable = form.NotApplicable,
    };

    private static decimal? Weight(string? text, string field, List<(string, string)> errors)
    {
        if (IndicatorWeights.TryRead(text, out var weight))
        {
            return weight;
        }

        errors.Add((field, IndicatorWeights.Unreadable(text!)));
        return null;
    }

    /// <summary>
    /// A number in the value box is the target's value, anything else its grade text. What people
    /// type out of habit — "≥95", "95%", "&gt;=90" — is taken apart into comparator, number and unit
    /// where those boxes are empty; a number with anything else attached is refused, not stored as text.
    /// </summary>
    private static IndicatorTarget ReadTarget(TargetForm form, IndicatorNature nature, string field, List<(string, string)> errors)
    {
        var target = new IndicatorTarget { Comparator = form.Comparator, Unit = Clean(form.Unit) };
        var text = Clean(form.Value);
        if (text is null)
        {
            return target;
        }

        if (nature == IndicatorNature.Qualitative && !(MoneyInput.TryParseNumber(text, out var plain) && plain is not null))
        {
            target.Text = text; // a grade, written as the filer wrote it
            return target;
        }

        if (TargetText.TrySplit(text, out var comparator, out var number, out var unit))
        {
            if ((comparator is not null && target.Comparator is not null && comparator != target.Comparator)
                || (unit is not null && target.Unit is not null && unit != target.Unit))
            {
                errors.Add((field, $"“{text}”与所选比较符或单位不一致：数值栏只填数字，比较符和单位分别选择和填写。"));
                return target;
            }

            target.Comparator ??= comparator;
            target.Unit ??= unit;
            target.Value = number;
            return target;
        }

        if (TargetText.LooksNumeric(text))
        {
            errors.Add((field, $"“{text}”不是有效的数值：数值栏只填数字（最多 14 位整数、6 位小数），单位填在单位栏。"));
            return target;
        }

        target.Text = text;
        return target;
    }

    private static decimal? Percent(string? text, string field, List<(string, string)> errors)
    {
        var plain = Clean(text)?.TrimEnd('%', '％');
        if (MoneyInput.TryParseNumber(plain, out var percent))
        {
            return percent;
        }

        errors.Add((FormKeys.Field($"{nameof(DeclarationForm.DisbursementPlan)}.{field}"), $"“{text!.Trim()}”不是有效的百分数，请填写 0 到 100 之间的数字。"));
        return null;
    }

    private static bool IsBlank(BudgetLineForm line) =>
        new[] { line.Item, line.Content, line.Quantity, line.QuantityUnit, line.UnitStandard, line.StandardUnit, line.Amount, line.ActualTwoYearsBefore, line.ActualYearBefore, line.Basis, line.Remark }
            .All(string.IsNullOrWhiteSpace);

    private static bool IsBlank(IndicatorForm indicator) =>
        new[] { indicator.Level1, indicator.Level2, indicator.Name, indicator.Description, indicator.Remark,
                indicator.MidTerm.Value, indicator.MidTerm.Unit, indicator.Annual.Value, indicator.Annual.Unit, indicator.Weight, indicator.ScoringStandard }.All(string.IsNullOrWhiteSpace)
        && indicator.MidTerm.Comparator is null && indicator.Annual.Comparator is null && indicator.Basis is null && indicator.Direction is null && !indicator.NotApplicable;

    private static bool IsBlank(SafeguardForm safeguard) =>
        new[] { safeguard.Category, safeguard.DocumentName, safeguard.Measures }.All(string.IsNullOrWhiteSpace);

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
