namespace PerfTargets.Core.Review;

/// <summary>How a row or field differs between two versions.</summary>
public enum ChangeKind
{
    /// <summary>修改</summary>
    Changed,

    /// <summary>新增 (a whole row)</summary>
    Added,

    /// <summary>删除 (a whole row)</summary>
    Removed,
}

/// <summary>
/// One difference: a field that changed (Label set), or a whole row added or removed (Label null,
/// Before/After summarising the row).
/// </summary>
public sealed record DeclarationChange(string Section, string? Row, string? Label, ChangeKind Kind, string Before, string After);

/// <summary>
/// What changed between the version a reviewer returned and the one resubmitted: fields, and
/// rows (indicators, budget lines, safeguards) added, removed or changed, in form order.
/// </summary>
public static class DeclarationChanges
{
    public static IReadOnlyList<DeclarationChange> Between(IReadOnlyList<DeclarationFact> before, IReadOnlyList<DeclarationFact> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var beforeByKey = before.ToDictionary(Key);
        var afterByKey = after.ToDictionary(Key);
        var beforeRows = RowsOf(before);
        var afterRows = RowsOf(after);
        var changes = new List<DeclarationChange>();

        foreach (var fact in after)
        {
            if (fact.Row is { } row && !beforeRows.ContainsKey((fact.Section, row)))
            {
                AddRowOnce(changes, fact.Section, row, ChangeKind.Added, string.Empty, afterRows[(fact.Section, row)]);
            }
            else if (!beforeByKey.TryGetValue(Key(fact), out var old))
            {
                if (fact.Value.Length > 0)
                {
                    changes.Add(new DeclarationChange(fact.Section, fact.Row, fact.Label, ChangeKind.Changed, string.Empty, fact.Value));
                }
            }
            else if (!string.Equals(old.Value, fact.Value, StringComparison.Ordinal))
            {
                changes.Add(new DeclarationChange(fact.Section, fact.Row, fact.Label, ChangeKind.Changed, old.Value, fact.Value));
            }
        }

        foreach (var fact in before)
        {
            if (fact.Row is { } row && !afterRows.ContainsKey((fact.Section, row)))
            {
                AddRowOnce(changes, fact.Section, row, ChangeKind.Removed, beforeRows[(fact.Section, row)], string.Empty);
            }
            else if (fact.Row is null && !afterByKey.ContainsKey(Key(fact)) && fact.Value.Length > 0)
            {
                changes.Add(new DeclarationChange(fact.Section, null, fact.Label, ChangeKind.Changed, fact.Value, string.Empty));
            }
        }

        return changes;
    }

    private static (string, string?, string) Key(DeclarationFact fact) => (fact.Section, fact.Row, fact.Label);

    /// <summary>Each row's fields in one line: "指标性质：定量；年度指标值：≥95%".</summary>
    private static Dictionary<(string Section, string Row), string> RowsOf(IEnumerable<DeclarationFact> facts) =>
        facts.Where(f => f.Row is not null)
            .GroupBy(f => (f.Section, Row: f.Row!))
            .ToDictionary(g => g.Key, g => string.Join("；", g.Where(f => f.Value.Length > 0).Select(f => $"{f.Label}：{f.Value}")));

    private static void AddRowOnce(List<DeclarationChange> changes, string section, string row, ChangeKind kind, string before, string after)
    {
        if (!changes.Exists(c => c.Section == section && c.Row == row && c.Kind == kind))
        {
            changes.Add(new DeclarationChange(section, row, null, kind, before, after));
        }
    }
}
