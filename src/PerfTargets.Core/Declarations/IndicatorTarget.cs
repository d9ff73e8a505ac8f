using System.Globalization;

namespace PerfTargets.Core.Declarations;

/// <summary>
/// The target of a 三级 indicator for one period (中期指标值 or 年度指标值): a comparator, a number
/// and a unit ("≥150家"), or a grade text for a qualitative target ("持续提升"). Seed 003 shows both
/// together ("= 进一步增加 %"), so each part is optional and the validators judge the combination.
/// </summary>
public sealed class IndicatorTarget
{
    public Comparator? Comparator { get; set; }

    /// <summary>The number, when the target is one.</summary>
    public decimal? Value { get; set; }

    /// <summary>The grade or wording of a qualitative target (持续提升, 较高, 不适用…).</summary>
    public string? Text { get; set; }

    /// <summary>度量单位 (家, 起, 次, 人次, %, 万元…).</summary>
    public string? Unit { get; set; }

    /// <summary>What the target's one box holds: the number (150, 99.5) or the grade text (持续提升).</summary>
    public string? Body => Value?.ToString("0.##########", CultureInfo.InvariantCulture) ?? Text;

    public bool IsEmpty => Comparator is null && Value is null && string.IsNullOrWhiteSpace(Text) && string.IsNullOrWhiteSpace(Unit);

    /// <summary>The target as one line of a printed form: "≥150家", "持续提升", "=100%".</summary>
    public string Display()
    {
        var symbol = Comparator?.Symbol() ?? string.Empty;
        return symbol + (Body ?? string.Empty) + (Unit ?? string.Empty);
    }
}
