using System.Text.RegularExpressions;
using PerfTargets.Core.Money;

namespace PerfTargets.Core.Declarations;

/// <summary>
/// Reads a quantitative target typed in one box the way people write it on paper: "≥95%",
/// "&gt;=90", "150家", "≤ 6 小时" — comparator, number and unit.
/// </summary>
public static partial class TargetText
{
    private static readonly Dictionary<string, Comparator> Comparators = new(StringComparer.Ordinal)
    {
        [">="] = Comparator.GreaterOrEqual, ["≥"] = Comparator.GreaterOrEqual, ["＞＝"] = Comparator.GreaterOrEqual,
        ["<="] = Comparator.LessOrEqual, ["≤"] = Comparator.LessOrEqual, ["＜＝"] = Comparator.LessOrEqual,
        ["="] = Comparator.Equal, ["＝"] = Comparator.Equal,
        [">"] = Comparator.Greater, ["＞"] = Comparator.Greater,
        ["<"] = Comparator.Less, ["＜"] = Comparator.Less,
        ["约"] = Comparator.Approximately, ["≈"] = Comparator.Approximately,
    };

    /// <summary>Splits "≥95%" into ≥, 95 and %; false when the text is not such a target.</summary>
    public static bool TrySplit(string text, out Comparator? comparator, out decimal? number, out string? unit)
    {
        comparator = null;
        number = null;
        unit = null;
        var match = Target().Match(MoneyInput.Normalize(text));
        if (!match.Success || !MoneyInput.TryParseNumber(match.Groups["number"].Value, out number) || number is null)
        {
            return false;
        }

        comparator = match.Groups["comparator"].Success ? Comparators[match.Groups["comparator"].Value] : null;
        unit = match.Groups["unit"].Success ? match.Groups["unit"].Value : null;
        return true;
    }

    /// <summary>Whether the text starts like a number (so that a grade text it is not).</summary>
    public static bool LooksNumeric(string text) => Numeric().IsMatch(MoneyInput.Normalize(text));

    [GeneratedRegex(@"^(?<comparator>>=|<=|＞＝|＜＝|[≥≤=＝><＞＜约≈])?(?<number>-?\d+(\.\d+)?)(?<unit>[^\d.\-][^\d]{0,7})?$")]
    private static partial Regex Target();

    [GeneratedRegex(@"^(>=|<=|[≥≤=＝><＞＜≈])?[-+]?[\d.]+([eE][-+]?\d+)?[^\p{IsCJKUnifiedIdeographs}]*$")]
    private static partial Regex Numeric();
}
