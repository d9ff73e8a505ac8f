using System.Globalization;
using System.Text;

namespace PerfTargets.Core.Money;

/// <summary>
/// Reads an amount as people type it into a form: thousands separators, spaces, full-width
/// digits from a Chinese input method ("１２，３４５．６"), in the declaration's unit.
/// </summary>
public static class MoneyInput
{
    /// <summary>
    /// Parses <paramref name="text"/> in <paramref name="unit"/> into 元. Blank is "not given"
    /// (null). Returns false, with a message in Chinese, for text that is not an amount or that
    /// is finer than a cent.
    /// </summary>
    public static bool TryParse(string? text, MoneyUnit unit, out decimal? yuan, out string? error)
    {
        yuan = null;
        error = null;
        var plain = Normalize(text);
        if (plain.Length == 0)
        {
            return true;
        }

        if (!decimal.TryParse(plain, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount))
        {
            error = $"“{text!.Trim()}”不是有效的金额，请填写数字（单位：{unit.Label()}）。";
            return false;
        }

        // Beyond any limit already; capped first so that converting 万元 cannot overflow.
        var inYuan = Math.Clamp(amount, -1e20m, 1e20m) * (unit == MoneyUnit.TenThousandYuan ? 10_000m : 1m);
        if (inYuan < 0)
        {
            error = "金额不能为负数。";
            return false;
        }

        if (inYuan > Declarations.DeclarationLimits.MaxAmount)
        {
            error = unit == MoneyUnit.TenThousandYuan ? "金额超出上限（99,999,999.999999 万元）。" : "金额超出上限（999,999,999,999.99 元）。";
            return false;
        }

        if (decimal.Round(inYuan, 2) != inYuan)
        {
            error = unit == MoneyUnit.TenThousandYuan ? "金额最多精确到分（万元后六位小数）。" : "金额最多两位小数（精确到分）。";
            return false;
        }

        yuan = inYuan;
        return true;
    }

    /// <summary>A plain number the same way: blank is null, separators and full-width digits allowed.</summary>
    public static bool TryParseNumber(string? text, out decimal? number)
    {
        number = null;
        var plain = Normalize(text);
        if (plain.Length == 0)
        {
            return true;
        }

        if (decimal.TryParse(plain, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            && Math.Abs(value) <= 1_000_000_000_000_000m)
        {
            number = value;
            return true;
        }

        return false;
    }

    /// <summary>The amount as the editor shows it in its unit, with separators: 1,234,567.89 or 123.4568.</summary>
    public static string ForEditing(decimal? yuan, MoneyUnit unit) => unit.Format(yuan);

    /// <summary>The text with full-width digits made ASCII and separators and spaces removed.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var plain = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            var ascii = c switch
            {
                >= '０' and <= '９' => (char)(c - '０' + '0'),
                '．' or '。' => '.',
                '－' => '-',
                _ => c,
            };
            if (ascii is not (',' or '，' or ' ' or '\u00a0' or '\u3000' or '_'))
            {
                plain.Append(ascii);
            }
        }

        return plain.ToString();
    }
}
