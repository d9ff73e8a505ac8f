namespace PerfTargets.Core.Declarations;

/// <summary>
/// 申报内容: what a declaration declares, apart from its identity and workflow bookkeeping (id,
/// status, review position, concurrency stamp, times). A document received for an existing
/// declaration replaces its content whole.
/// </summary>
public static class DeclarationContent
{
    /// <summary>Gives <paramref name="target"/> the content of <paramref name="source"/>; target keeps its identity and state.</summary>
    public static void ReplaceContentWith(this Declaration target, Declaration source)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(source);
        target.BudgetYear = source.BudgetYear;
        target.DepartmentId = source.DepartmentId;
        target.FrameworkId = source.FrameworkId;
        target.ProjectName = source.ProjectName;
        target.ProjectCode = source.ProjectCode;
        target.SupervisingDepartment = source.SupervisingDepartment;
        target.ImplementingUnit = source.ImplementingUnit;
        target.Kind = source.Kind;
        target.Category = source.Category;
        target.PeriodText = source.PeriodText;
        target.StartDate = source.StartDate;
        target.EndDate = source.EndDate;
        target.ProjectLeader = source.ProjectLeader;
        target.ContactPerson = source.ContactPerson;
        target.ContactPhone = source.ContactPhone;
        target.FilledBy = source.FilledBy;
        target.FilledOn = source.FilledOn;
        target.MoneyUnit = source.MoneyUnit;
        target.Narrative = source.Narrative;
        target.MidTermFunding = source.MidTermFunding;
        target.AnnualFunding = source.AnnualFunding;
        target.PriorYearsFunding = source.PriorYearsFunding;
        target.BudgetLines = source.BudgetLines;
        target.StatedBudgetLineTotals = source.StatedBudgetLineTotals;
        target.DisbursementPlan = source.DisbursementPlan;
        target.MidTermStartYear = source.MidTermStartYear;
        target.MidTermEndYear = source.MidTermEndYear;
        target.MidTermGoals = source.MidTermGoals;
        target.AnnualGoals = source.AnnualGoals;
        target.Indicators = source.Indicators;
        target.WeightTotal = source.WeightTotal;
        target.Level1Weights = source.Level1Weights;
        target.Safeguards = source.Safeguards;
    }

    /// <summary>
    /// The other half: gives <paramref name="content"/> (a frozen version read back) the identity and
    /// state of the live declaration, so that it is shown as that declaration stands now.
    /// </summary>
    public static void TakeStateOf(this Declaration content, Declaration live)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(live);
        content.Id = live.Id;
        content.Status = live.Status;
        content.Review = live.Review;
        content.ConcurrencyStamp = live.ConcurrencyStamp;
        content.CreatedAt = live.CreatedAt;
        content.UpdatedAt = live.UpdatedAt;
    }
}
