using PerfTargets.Core.Money;

namespace PerfTargets.Web.Pages.Declarations.Edit;

/// <summary>
/// The declaration as the editor posts it. Amounts and target values arrive as the user typed
/// them (separators, full-width digits, a grade text) and are read by <see cref="DeclarationFormReader"/>;
/// rows carry a key of their own so that rows can be added, moved and removed in the browser
/// without renumbering.
/// </summary>
public sealed class DeclarationForm
{
    /// <summary>
    /// The most rows one list may hold: far beyond any real declaration (the seed forms have at most
    /// 30), and what ASP.NET Core's binder allowed by default, now said at the list instead.
    /// </summary>
    public const int MaxRows = 1024;

    public Guid ConcurrencyStamp { get; set; }

    public int BudgetYear { get; set; }

    public int DepartmentId { get; set; }

    public int FrameworkId { get; set; }

    public string? ProjectName { get; set; }

    public string? ProjectCode { get; set; }

    public string? SupervisingDepartment { get; set; }

    public string? ImplementingUnit { get; set; }

    /// <summary>Null: the form does not say (未注明).</summary>
    public ProjectKind? Kind { get; set; }

    public ProjectCategory? Category { get; set; }

    public string? PeriodText { get; set; }

    [System.ComponentModel.DataAnnotations.Display(Name = "开始日期")]
    public DateOnly? StartDate { get; set; }

    [System.ComponentModel.DataAnnotations.Display(Name = "结束日期")]
    public DateOnly? EndDate { get; set; }

    public string? ProjectLeader { get; set; }

    public string? ContactPerson { get; set; }

    public string? ContactPhone { get; set; }

    public string? FilledBy { get; set; }

    [System.ComponentModel.DataAnnotations.Display(Name = "填报日期")]
    public DateOnly? FilledOn { get; set; }

    public MoneyUnit MoneyUnit { get; set; }

    public DeclarationNarrative Narrative { get; set; } = new();

    public FundingForm MidTermFunding { get; set; } = new();

    public FundingForm AnnualFunding { get; set; } = new();

    public FundingForm PriorYearsFunding { get; set; } = new();

    public List<BudgetLineForm> BudgetLines { get; set; } = [];

    public BudgetLineTotalsForm StatedBudgetLineTotals { get; set; } = new();

    public PlanForm DisbursementPlan { get; set; } = new();

    /// <summary>
    /// 只填年度: an annual-only declaration, whose 中期 fields the editor hides and the save clears.
    /// A post that does not say keeps what it sends.
    /// </summary>
    public bool AnnualOnly { get; set; }

    /// <summary>按指标体系排序: the save also puts the 三级 rows in the framework's order (R23).</summary>
    public bool SortByFramework { get; set; }

    public int? MidTermStartYear { get; set; }

    public int? MidTermEndYear { get; set; }

    /// <summary>中期目标, one per line.</summary>
    public string? MidTermGoals { get; set; }

    /// <summary>年度目标, one per line.</summary>
    public string? AnnualGoals { get; set; }

    public List<IndicatorForm> Indicators { get; set; } = [];

    public List<SafeguardForm> Safeguards { get; set; } = [];

    /// <summary>总分, as typed.</summary>
    public string? WeightTotal { get; set; }

    /// <summary>一级指标分值, one per 一级 of the framework (blank ones are not stored).</summary>
    public List<Level1WeightForm> Level1Weights { get; set; } = [];

    /// <summary>
    /// Drops the rows a post names in its <c>.Index</c> but gives no field: the binder leaves a null
    /// for each. Such a row holds nothing, like a wholly blank row, which is dropped too.
    /// </summary>
    public void DropRowsNotPosted()
    {
        BudgetLines.RemoveAll(row => row is null);
        Indicators.RemoveAll(row => row is null);
        Safeguards.RemoveAll(row => row is null);
        Level1Weights.RemoveAll(row => row is null);
    }

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
            SupervisingDepartment = d.SupervisingDepartment,
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
            StatedBudgetLineTotals = BudgetLineTotalsForm.From(d.StatedBudgetLineTotals, unit),
            DisbursementPlan = PlanForm.From(d.DisbursementPlan),
            AnnualOnly = !d.HasMidTerm,
            MidTermStartYear = d.MidTermStartYear,
            MidTermEndYear = d.MidTermEndYear,
            MidTermGoals = string.Join('\n', d.MidTermGoals),
            AnnualGoals = string.Join('\n', d.AnnualGoals),
            Indicators = d.Indicators.Select(IndicatorForm.From).ToList(),
            Safeguards = d.Safeguards.Select(SafeguardForm.From).ToList(),
            WeightTotal = IndicatorWeights.Format(d.WeightTotal),
            Level1Weights = d.Level1Weights.Select(w => new Level1WeightForm { Level1 = w.Level1, Weight = IndicatorWeights.Format(w.Weight) }).ToList(),
        };
    }
}
