namespace PerfTargets.Core.Library;

/// <summary>
/// Ranks history before the library: the department's own indicators, other departments' (where
/// shared), library entries of the sector asked for, then the other 共性 entries. A name offered from
/// history is not offered again from the library.
/// </summary>
public static class Suggestions
{
    public static IReadOnlyList<Suggestion> Rank(int? departmentId, IEnumerable<HistoryIndicator> history, IEnumerable<LibraryEntry> library, string? sector, int limit)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(library);
        var fromHistory = history
            .Select(h => new Suggestion(h.DepartmentId == departmentId ? SuggestionKind.OwnHistory : SuggestionKind.SharedHistory,
                h.Level1, h.Level2, h.Name, h.Nature, h.Unit, h.Comparator, h.Direction, null, null, null, h.Values, h.LastMidTerm, h.LastAnnual))
            .OrderBy(s => s.Kind)
            .ToList();
        var taken = fromHistory.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var wanted = sector?.Trim();
        var fromLibrary = library
            .Where(e => !taken.Contains(e.Name))
            .Select(e => new Suggestion(!string.IsNullOrEmpty(wanted) && e.SectorList.Contains(wanted) ? SuggestionKind.Sector : SuggestionKind.Common,
                e.Level1, e.Level2, e.Name, e.Nature, e.Unit, e.Comparator, e.Direction, e.Formula, e.Example, e.Source, []))
            .OrderBy(s => s.Kind);
        return [.. fromHistory.Concat(fromLibrary).DistinctBy(s => (s.Kind, s.Name)).Take(limit)];
    }
}
