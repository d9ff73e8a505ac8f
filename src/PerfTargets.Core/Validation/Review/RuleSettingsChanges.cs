namespace PerfTargets.Core.Validation.Review;

/// <summary>What one revision of the rule settings changed, as the history and the audit row say it.</summary>
public static class RuleSettingsChanges
{
    public static IReadOnlyList<string> Between(RuleSettings before, RuleSettings after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<string>();
        foreach (var code in before.Levels.Keys.Union(after.Levels.Keys).Order(StringComparer.Ordinal))
        {
            var was = before.Levels.TryGetValue(code, out var b) ? Label(b) : "默认";
            var now = after.Levels.TryGetValue(code, out var a) ? Label(a) : "默认";
            if (was != now)
            {
                changes.Add($"{code} {was}→{now}");
            }
        }

        if (before.MinimumIndicators != after.MinimumIndicators)
        {
            changes.Add($"三级指标最少 {before.MinimumIndicators}→{after.MinimumIndicators} 个");
        }

        Words(changes, "趋势词", before.VagueWords, after.VagueWords);
        Words(changes, "等级词", before.GradeWords, after.GradeWords);
        Words(changes, "计数单位", before.Units.Counts, after.Units.Counts);
        Words(changes, "比率单位", before.Units.Percents, after.Units.Percents);
        Words(changes, "时间单位", before.Units.Durations, after.Units.Durations);
        Words(changes, "不完整单位", [.. before.Units.Odd.Select(o => $"{o.Key}={o.Value}")], [.. after.Units.Odd.Select(o => $"{o.Key}={o.Value}")]);
        foreach (var kind in before.Units.Accepted.Keys.Union(after.Units.Accepted.Keys))
        {
            var was = before.Units.Accepted.GetValueOrDefault(kind) ?? [];
            var now = after.Units.Accepted.GetValueOrDefault(kind) ?? [];
            if (!was.Order().SequenceEqual(now.Order()))
            {
                changes.Add($"{UnitTable.KindName(kind)}可用的单位类别已改");
            }
        }

        return changes;
    }

    /// <summary>A level as the admin page names it.</summary>
    public static string Label(RuleLevel level) => level switch
    {
        RuleLevel.Off => "关闭",
        RuleLevel.Warning => "提示",
        _ => "错误",
    };

    private static void Words(List<string> changes, string name, List<string> before, List<string> after)
    {
        var added = after.Except(before, StringComparer.Ordinal).ToList();
        var removed = before.Except(after, StringComparer.Ordinal).ToList();
        if (added.Count > 0 || removed.Count > 0)
        {
            changes.Add(name + string.Join("；", new[]
            {
                added.Count > 0 ? "增加 " + string.Join("、", added) : null,
                removed.Count > 0 ? "删去 " + string.Join("、", removed) : null,
            }.OfType<string>()));
        }
    }
}
