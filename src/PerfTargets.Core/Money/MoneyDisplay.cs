using System.Globalization;

namespace PerfTargets.Core.Money;

/// <summary>Turns an amount stored in 元 into the text a form shows in its chosen unit.</summary>
public static class MoneyDisplay
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>The label of the unit as printed after 单位： or 金额单位：.</summary>
    public static string Label(this MoneyUnit unit) => unit switch
    {
        MoneyUnit.Yuan => "元",
        MoneyUnit.TenThousandYuan => "万元",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    /// <summary>
    /// The number format of amounts in <paramref name="unit"/>: two decimals in 元; in 万元 as many
    /// decimals as needed, up to six, so that no cent is lost. A spreadsheet cell uses it too.
    /// </summary>
    public static string NumberFormat(this MoneyUnit unit) => unit switch
    {
        MoneyUnit.Yuan => "#,##0.00",
        MoneyUnit.TenThousandYuan => "#,##0.######",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    /// <summary>An amount in 元 as a number in <paramref name="unit"/>, exactly (a decimal division): 3,600,000 元 is 360 万元.</summary>
    public static decimal InUnit(this MoneyUnit unit, decimal yuan) => unit switch
    {
        MoneyUnit.Yuan => yuan,
        MoneyUnit.TenThousandYuan => yuan / 10_000m,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    /// <summary>
    /// Formats with thousands separators in the unit's <see cref="NumberFormat"/>: 3,600,000 元
    /// prints as "360" 万元, 1,562 元 as "0.1562".
    /// </summary>
    public static string Format(this MoneyUnit unit, decimal yuan) => unit.InUnit(yuan).ToString(unit.NumberFormat(), Chinese);

    /// <summary>The amount followed by its unit: "449,000.00 元", "101 万元".</summary>
    public static string FormatWithLabel(this MoneyUnit unit, decimal yuan) => $"{unit.Format(yuan)} {unit.Label()}";

    /// <summary>As <see cref="Format(MoneyUnit, decimal)"/>, and empty for an amount not given.</summary>
    public static string Format(this MoneyUnit unit, decimal? yuan) => yuan is { } value ? unit.Format(value) : string.Empty;
}
