namespace PerfTargets.Core.Library;

/// <summary>
/// Gathers the indicators of approved declarations into <see cref="HistoryIndicator"/>s: one per
/// department, 二级 and 三级 name, written as in its latest year, with its values in year order
/// (the latest declaration's value where a department filed it twice in one year).
/// </summary>
public static class IndicatorHistory
{
    public static IReadOnlyList<HistoryIndicator> Gather(IEnumerable<Declaration> approved)
    {
        ArgumentNullException.ThrowIfNull(approved);
        return approved
            .SelectMany(d => d.Indicators.Where(i => !i.IsNotApplicable && !string.IsNullOrWhiteSpace(i.Name))
                .Select(i => (d.DepartmentId, d.BudgetYear, Stamp: d.UpdatedAt, Indicator: i)))
            .GroupBy(r => (r.DepartmentId, r.Indicator.Level2, Name: r.Indicator.Name.Trim()))
            .Select(g =>
            {
                var byYear = g.GroupBy(r => r.BudgetYear).OrderBy(y => y.Key).Select(y => y.MaxBy(r => r.Stamp)).ToList();
                var last = byYear[^1].Indicator;
                return new HistoryIndicator(g.Key.DepartmentId, last.Level1, g.Key.Level2, g.Key.Name, last.Nature, last.Annual.Unit,
                    last.Annual.Comparator, last.Direction, byYear.Select(r => new YearValue(r.BudgetYear, r.Indicator.Annual.Display())).ToList(),
                    last.MidTerm, last.Annual);
            })
            .ToList();
    }

    /// <summary>Whether the indicator's name holds every word of the query (<see cref="LibraryQuery.NameHolds"/>) and it stands under the levels asked for.</summary>
    public static bool Matches(HistoryIndicator indicator, LibraryQuery query)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(query);
        return query.Terms.All(t => LibraryQuery.NameHolds(indicator.Name, t))
            && (string.IsNullOrWhiteSpace(query.Level1) || indicator.Level1 == query.Level1.Trim())
            && (string.IsNullOrWhiteSpace(query.Level2) || indicator.Level2 == query.Level2.Trim());
    }
}
