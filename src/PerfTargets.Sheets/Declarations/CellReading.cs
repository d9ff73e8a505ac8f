using System.Globalization;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Money;
using PerfTargets.Sheets.Reading;

namespace PerfTargets.Sheets.Declarations;

/// <summary>How a cell's content becomes an amount, a number or a target, with the editor's helpers and its words for what is wrong.</summary>
internal static class CellReading
{
    /// <summary>An amount in the form's unit, a number or text ("1,234.5", "１２３"); null with no error when blank.</summary>
    public static decimal? Money(ReadCell cell, MoneyUnit unit, out string? error)
    {
        error = null;
        if (cell.IsBlank)
        {
            return null;
        }

        var text = cell.Number is { } number ? number.ToString(CultureInfo.InvariantCulture) : cell.Text;
        return MoneyInput.TryParse(text, unit, out var yuan, out error) ? yuan : null;
    }

    /// <summary>A plain number, a number cell or text; null with no error when blank.</summary>
    public static decimal? Number(ReadCell cell, out string? error)
    {
        error = null;
        if (cell.Number is { } number)
        {
            return number;
        }

        if (MoneyInput.TryParseNumber(cell.Text.TrimEnd('%', '％'), out var parsed))
        {
            return parsed;
        }

        error = $"“{cell.Text.Trim()}”不是有效的数字。";
        return null;
    }

    /// <summary>
    /// A target in one cell as the editor reads its box: “≥95%” into ≥, 95 and %; a grade text as it
    /// is; a number without its unit is refused, as is text that starts like a number and is none.
    /// </summary>
    public static IndicatorTarget Target(ReadCell cell, out string? error)
    {
        error = null;
        if (cell.IsBlank)
        {
            return new IndicatorTarget();
        }

        var text = cell.ToString().Trim();
        if (TargetText.TrySplit(text, out var comparator, out var value, out var unit))
        {
            if (string.IsNullOrWhiteSpace(unit))
            {
                error = $"“{text}”缺少计量单位（如 %、个、次）。";
            }

            return new IndicatorTarget { Comparator = comparator, Value = value, Unit = unit?.Trim() };
        }

        if (cell.Number is not null || TargetText.LooksNumeric(text))
        {
            error = $"“{text}”不是有效的指标值：写成“≥95%”“8个”这样的比较符、数值和计量单位，或填写等级文字。";
            return new IndicatorTarget();
        }

        return new IndicatorTarget { Text = text };
    }
}
