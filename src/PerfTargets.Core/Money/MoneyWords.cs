namespace PerfTargets.Core.Money;

/// <summary>
/// Money as indicator targets spell it: 元, 千元, 万元, 亿元, and the bare 万/亿 that forms write for
/// 万元/亿元 (seed-like "300万"). Converting them to 元 lets a 300万 cost be compared with a
/// 250万元 total.
/// </summary>
public static class MoneyWords
{
    private static readonly Dictionary<string, decimal> YuanPerUnit = new(StringComparer.Ordinal)
    {
        ["元"] = 1m,
        ["千元"] = 1_000m,
        ["万元"] = 10_000m,
        ["万"] = 10_000m,
        ["亿元"] = 100_000_000m,
        ["亿"] = 100_000_000m,
    };

    /// <summary>How many 元 one <paramref name="unit"/> is; false when it is not a money unit.</summary>
    public static bool TryYuanPer(string? unit, out decimal yuan) => YuanPerUnit.TryGetValue(unit?.Trim() ?? string.Empty, out yuan);

    /// <summary>
    /// A money rate ("28.40元/株", "23万元/个"): its 元 per one counted thing and the thing's unit;
    /// false when the unit is not money over a count.
    /// </summary>
    public static bool TryRate(string? unit, out decimal yuanPer, out string per)
    {
        yuanPer = 0;
        per = string.Empty;
        var parts = (unit ?? string.Empty).Trim().Split('/', 2);
        if (parts.Length != 2 || !TryYuanPer(parts[0], out yuanPer) || parts[1].Trim().Length == 0)
        {
            return false;
        }

        per = parts[1].Trim();
        return true;
    }
}
