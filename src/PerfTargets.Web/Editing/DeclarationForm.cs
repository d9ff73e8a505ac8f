using PerfTargets.Core.Declarations;
using PerfTargets.Core.Money;

namespace PerfTargets.Web.Editing;

/// <summary>
/// The declaration as the editor posts it. Amounts and target values arrive as the user typed
/// them (separators, full-width digits, a grade text) and are read by <see cref="DeclarationFormReader"/>;
/// rows carry a key of their own so that rows can be added, moved and removed in the browser
/// without renumbering.
/// </summary>
public sealed class DeclarationForm
{
    public Guid ConcurrencyStamp { get; set; }

    public int BudgetYear { get; set; }

    public int DepartmentId { get; set; }

    public int FrameworkId { get; set; }

    public string? ProjectName { get; set; }

    public string? ProjectCode { get; set; }

    public string? ImplementingUnit { get; set; }

    public ProjectKind Kind { get; set; }

    public ProjectCategory? Category { get; set; }

    public string? PeriodText { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public string? ProjectLeader { get; set; }

    public string? ContactPerson { get; set; }

    public string? ContactPhone { get; set; }

    public string? FilledBy { get; set; }

    public DateOnly? FilledOn { get; set; }

    public MoneyUnit MoneyUnit { get; set; }

    public DeclarationNarrative Narrative { get; set; } = new();

    public FundingForm MidTermFunding { get; set; } = new();

    public FundingForm AnnualFunding { get; set; } = new();

    public FundingForm PriorYearsFunding { get; set; } = new();

    public List<BudgetLineForm> BudgetLines { get; set; } = [];

    public DisbursementPlan DisbursementPlan { get; set; } = new();

    public int? MidTermStartYear { get; set; }

    public int? MidTermEndYear { get; set; }

    /// <summary>中期目标, one per line.</summary>
    public string? MidTermGoals { get; set; }

    /// <summary>年度目标, one per line.</summary>
    public string? AnnualGoals { get; set; }

    public List<IndicatorForm> Indicators { get; set; } = [];

    public List<SafeguardForm> Safeguards { get; set; } = [];

    /// <summary>The form as the editor first shows a stored declaration, rows keyed by position.</summary>
    public static DeclarationForm From(Declaration d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var unit = d.MoneyUnit;
        return new DeclarationForm
        {
            ConcurrencyStamp = d.ConcurrencyStamp,
            BudgetYear = d.BudgetYear,
            DepartmentId = d.DepartmentId,
            FrameworkId = d.FrameworkId,
            ProjectName = d.ProjectName,
            ProjectCode = d.ProjectCode,
            ImplementingUnit = d.ImplementingUnit,
            Kind = d.Kind,
            Category = d.Category,
            PeriodText = d.PeriodText,
            StartDate = d.StartDate,
            EndDate = d.EndDate,
            ProjectLeader = d.ProjectLeader,
            ContactPerson = d.ContactPerson,
            ContactPhone = d.ContactPhone,
            FilledBy = d.FilledBy,
            FilledOn = d.FilledOn,
            MoneyUnit = unit,
            Narrative = d.Narrative,
            MidTermFunding = FundingForm.From(d.MidTermFunding, unit),
            AnnualFunding = FundingForm.From(d.AnnualFunding, unit),
            PriorYearsFunding = FundingForm.From(d.PriorYearsFunding, unit),
            BudgetLines = d.BudgetLines.Select((line, i) => BudgetLineForm.From(line, i, unit)).ToList(),
            DisbursementPlan = d.DisbursementPlan,
            MidTermStartYear = d.MidTermStartYear,
            MidTermEndYear = d.MidTermEndYear,
            MidTermGoals = string.Join('\n', d.MidTermGoals),
            AnnualGoals = string.Join('\n', d.AnnualGoals),
            Indicators = d.Indicators.Select(IndicatorForm.From).ToList(),
            Safeguards = d.Safeguards.Select(SafeguardForm.From).ToList(),
        };
    }
}

/// <summary>One column of 项目资金, each row (<see cref="FundingFields"/>) as typed.</summary>
public sealed class FundingForm
{
    public Dictionary<string, string?> Amounts { get; set; } = [];

    public static FundingForm From(FundingSplit split, MoneyUnit unit) => new()
    {
        Amounts = FundingFields.All.ToDictionary(f => f.Name, f => (string?)MoneyInput.ForEditing(f.Get(split), unit)),
    };

    public string? this[string field] => Amounts.GetValueOrDefault(field);
}

/// <summary>One 预算明细 row as typed.</summary>
public sealed class BudgetLineForm
{
    public string Key { get; set; } = string.Empty;

    public string? Item { get; set; }

    public string? Content { get; set; }

    public string? Quantity { get; set; }

    public string? QuantityUnit { get; set; }

    public string? UnitStandard { get; set; }

    public string? StandardUnit { get; set; }

    public string? Amount { get; set; }

    public string? Basis { get; set; }

    public string? Remark { get; set; }

    public static BudgetLineForm From(BudgetLine line, int position, MoneyUnit unit) => new()
    {
        Key = position.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Item = line.Item,
        Content = line.Content,
        Quantity = line.Quantity?.ToString("#,##0.######", System.Globalization.CultureInfo.InvariantCulture),
        QuantityUnit = line.QuantityUnit,
        UnitStandard = MoneyInput.ForEditing(line.UnitStandard, unit),
        StandardUnit = line.StandardUnit,
        Amount = MoneyInput.ForEditing(line.Amount, unit),
        Basis = line.Basis,
        Remark = line.Remark,
    };
}

/// <summary>One 三级 indicator row as typed.</summary>
public sealed class IndicatorForm
{
    public string Key { get; set; } = string.Empty;

    public string? Level1 { get; set; }

    public string? Level2 { get; set; }

    public string? Name { get; set; }

    public IndicatorNature Nature { get; set; }

    public TargetForm MidTerm { get; set; } = new();

    public TargetForm Annual { get; set; } = new();

    public string? Description { get; set; }

    public IndicatorBasis? Basis { get; set; }

    public string? Remark { get; set; }

    public static IndicatorForm From(Indicator indicator, int position) => new()
    {
        Key = position.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Level1 = indicator.Level1,
        Level2 = indicator.Level2,
        Name = indicator.Name,
        Nature = indicator.Nature,
        MidTerm = TargetForm.From(indicator.MidTerm),
        Annual = TargetForm.From(indicator.Annual),
        Description = indicator.Description,
        Basis = indicator.Basis,
        Remark = indicator.Remark,
    };
}

/// <summary>A target as typed: the comparator, then one box for a number or a grade text, then the unit.</summary>
public sealed class TargetForm
{
    public Comparator? Comparator { get; set; }

    public string? Value { get; set; }

    public string? Unit { get; set; }

    public static TargetForm From(IndicatorTarget target) => new()
    {
        Comparator = target.Comparator,
        Value = target.Value?.ToString("0.##########", System.Globalization.CultureInfo.InvariantCulture) ?? target.Text,
        Unit = target.Unit,
    };
}

/// <summary>One 制度保障 row as typed.</summary>
public sealed class SafeguardForm
{
    public string Key { get; set; } = string.Empty;

    public string? Category { get; set; }

    public string? DocumentName { get; set; }

    public string? Measures { get; set; }

    public bool Planning { get; set; }

    public bool Implementation { get; set; }

    public bool Closing { get; set; }

    public static SafeguardForm From(SystemSafeguard safeguard, int position) => new()
    {
        Key = position.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Category = safeguard.Category,
        DocumentName = safeguard.DocumentName,
        Measures = safeguard.Measures,
        Planning = safeguard.Stages.HasFlag(SafeguardStages.Planning),
        Implementation = safeguard.Stages.HasFlag(SafeguardStages.Implementation),
        Closing = safeguard.Stages.HasFlag(SafeguardStages.Closing),
    };
}
