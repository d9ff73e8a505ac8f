using PerfTargets.Core.Money;

namespace PerfTargets.Web.Pages.Declarations.Edit;

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

    /// <summary>前年实际执行数</summary>
    public string? ActualTwoYearsBefore { get; set; }

    /// <summary>上年实际执行数</summary>
    public string? ActualYearBefore { get; set; }

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
        ActualTwoYearsBefore = MoneyInput.ForEditing(line.ActualTwoYearsBefore, unit),
        ActualYearBefore = MoneyInput.ForEditing(line.ActualYearBefore, unit),
        Basis = line.Basis,
        Remark = line.Remark,
    };
}
