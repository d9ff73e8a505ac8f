namespace PerfTargets.Core.Declarations;

/// <summary>
/// 不适用: a row the form keeps to show that a 二级 does not apply to the project (seed 002's
/// 经济效益指标 “不适用”). It needs no target and prints as written.
/// </summary>
public static class NotApplicable
{
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

        var filled = new[] { indicator.MidTerm, indicator.Annual }.Where(t => !t.IsEmpty).ToList();
        return filled.Count > 0 && filled.All(t => t.Comparator is null && t.Value is null && string.IsNullOrWhiteSpace(t.Unit) && IsWord(t.Text));
    }
}
