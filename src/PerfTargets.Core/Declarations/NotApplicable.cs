namespace PerfTargets.Core.Declarations;

/// <summary>
/// 不适用: a row the form keeps to show that a 二级 does not apply to the project (seed 002's
/// 经济效益指标 “不适用”). It needs no target and prints as written.
/// </summary>
public static class NotApplicable
{
    /// <summary>The word a form prints in such a row's target cell.</summary>
    public const string Word = "不适用";

    /// <summary>The words forms use for such a row, in its name or in every target it fills.</summary>
    private static readonly HashSet<string> Words = new(["不适用", "无", "不涉及"], StringComparer.Ordinal);

    public static bool IsWord(string? text) => text is not null && Words.Contains(text.Trim());

    /// <summary>Marked so, named so, or with every filled target saying so.</summary>
    public static bool Applies(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (indicator.NotApplicable || IsWord(indicator.Name))
        {
            return true;
        }

        // Every rule asks this of every row: two targets looked at in place, nothing allocated.
        var midTerm = Says(indicator.MidTerm);
        var annual = Says(indicator.Annual);
        return midTerm != false && annual != false && (midTerm == true || annual == true);
    }

    /// <summary>Whether a target says 不适用: null when it is empty, so says nothing.</summary>
    private static bool? Says(IndicatorTarget target) =>
        target.IsEmpty ? null : target.Comparator is null && target.Value is null && string.IsNullOrWhiteSpace(target.Unit) && IsWord(target.Text);
}
