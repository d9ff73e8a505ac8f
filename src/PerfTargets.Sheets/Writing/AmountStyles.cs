using PerfTargets.Core.Money;

namespace PerfTargets.Sheets.Writing;

/// <summary>Which named style an amount takes (the unit's number format, bold in a total row), and the cell it makes.</summary>
public static class AmountStyles
{
    /// <summary>
    /// The style of <paramref name="yuan"/> shown in <paramref name="unit"/>: 元 always with two
    /// decimals; 万元 with as many as needed, or none for a whole number (so that 360 is not "360.").
    /// </summary>
    public static CellStyle Money(MoneyUnit unit, decimal yuan, bool total = false)
    {
        var whole = unit == MoneyUnit.TenThousandYuan && decimal.Truncate(unit.InUnit(yuan)) == unit.InUnit(yuan);
        return (unit, whole, total) switch
        {
            (MoneyUnit.Yuan, _, false) => CellStyle.MoneyYuan,
            (MoneyUnit.Yuan, _, true) => CellStyle.TotalMoneyYuan,
            (_, true, false) => CellStyle.MoneyWhole,
            (_, true, true) => CellStyle.TotalMoneyWhole,
            (_, false, false) => CellStyle.MoneyTenThousandYuan,
            (_, false, true) => CellStyle.TotalMoneyTenThousandYuan,
        };
    }

    /// <summary>
    /// <paramref name="yuan"/> as a number in <paramref name="unit"/> in its style (bold in a total row); an
    /// amount not given is an empty bordered cell.
    /// </summary>
    public static SheetCell Cell(MoneyUnit unit, decimal? yuan, bool total = false) =>
        yuan is { } value ? SheetCell.Of(unit.InUnit(value), Money(unit, value, total)) : SheetCell.Empty(CellStyle.MoneyYuan);
}
