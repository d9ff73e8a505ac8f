using PerfTargets.Core.Money;

namespace PerfTargets.Web.Pages.Declarations.Edit;

/// <summary>The budget-line table's 合计 row as a paper form states it, as typed (optional).</summary>
public sealed class BudgetLineTotalsForm
{
    public string? Amount { get; set; }

    public string? ActualTwoYearsBefore { get; set; }

    public string? ActualYearBefore { get; set; }

    public static BudgetLineTotalsForm From(BudgetLineTotals totals, MoneyUnit unit) => new()
    {
        Amount = MoneyInput.ForEditing(totals.Amount, unit),
        ActualTwoYearsBefore = MoneyInput.ForEditing(totals.ActualTwoYearsBefore, unit),
        ActualYearBefore = MoneyInput.ForEditing(totals.ActualYearBefore, unit),
    };
}
