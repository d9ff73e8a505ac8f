namespace PerfTargets.Core.Taxonomy;

/// <summary>
/// 指标名称对照: a 一级 or 二级 name as people write it in a spreadsheet ("产出", "数量", "社会效益",
/// "服务对象满意度指标 ") matched to the framework's own name ("产出指标"). A name that matches no
/// entry, or more than one, is not matched: the caller keeps it as written, for the rules to report.
/// </summary>
public static class FrameworkNames
{
    /// <summary>The framework's 一级 a written name stands for; null when none or several.</summary>
    public static string? Level1(IndicatorFramework framework, string? written)
    {
        ArgumentNullException.ThrowIfNull(framework);
        return Single(framework.Level1s.Select(l => l.Name), written);
    }

    /// <summary>
    /// The framework's 二级 a written name stands for: under <paramref name="level1"/> when that is one
    /// of the framework's, else under any 一级 where it is unique. Null when none or several.
    /// </summary>
    public static string? Level2(IndicatorFramework framework, string? level1, string? written)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var under = level1 is null ? null : framework.FindLevel1(level1);
        return Single((under is null ? framework.Level1s : [under]).SelectMany(l => l.Level2s).Select(l => l.Name), written);
    }

    /// <summary>The one 一级 under which the framework files the 二级 <paramref name="level2"/>; null when none or several.</summary>
    public static string? Level1Holding(IndicatorFramework framework, string level2)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var holders = framework.Level1s.Where(l => l.Level2s.Any(l2 => l2.Name == level2)).Select(l => l.Name).ToList();
        return holders.Count == 1 ? holders[0] : null;
    }

    private static string? Single(IEnumerable<string> names, string? written)
    {
        var key = Key(written);
        if (key.Length == 0)
        {
            return null;
        }

        var matches = names.Where(n => Key(n) == key).Distinct(StringComparer.Ordinal).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>The name without spaces and without the "指标"/"目标" people add or leave out.</summary>
    private static string Key(string? name)
    {
        var plain = string.Concat((name ?? string.Empty).Where(c => !char.IsWhiteSpace(c)));
        foreach (var suffix in new[] { "指标", "目标" })
        {
            if (plain.Length > suffix.Length && plain.EndsWith(suffix, StringComparison.Ordinal))
            {
                return plain[..^suffix.Length];
            }
        }

        return plain;
    }
}
