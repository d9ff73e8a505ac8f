using PerfTargets.Core.Library;
using PerfTargets.Core.Library.Pinyin;

namespace PerfTargets.Data.Library;

/// <summary>
/// Finds library entries whose 三级 name holds every word of the query as characters (LIKE '%词%'),
/// or, for a word of Latin letters, as pinyin initials (<see cref="LibraryQuery.NameHolds"/>), among those not retired, narrowed by framework, 一级 and 二级. On PostgreSQL the trigram index of
/// the Initial migration serves the LIKE; on SQLite it is a scan of the table. Ordered: a
/// name (or its initials) beginning with the first word first, then the shorter name, then by name.
/// </summary>
public sealed class LibrarySearch(PerfTargetsDbContext db)
{
    private const string Escape = "\\";

    public async Task<IReadOnlyList<LibraryEntry>> FindAsync(LibraryQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var entries = Matching(db.LibraryEntries.AsNoTracking().Where(e => !e.Retired), query);
        var terms = query.Terms;
        var first = terms.Count > 0 ? terms[0] : string.Empty;
        var prefix = Escaped(first) + "%";
        var ordered = PinyinInitials.IsInitials(first)
            ? entries.OrderBy(e => EF.Functions.Like(e.Name, prefix, Escape) || EF.Functions.Like(e.NameInitials, first.ToLowerInvariant() + "%") ? 0 : 1)
            : entries.OrderBy(e => EF.Functions.Like(e.Name, prefix, Escape) ? 0 : 1);
        return await ordered
            .ThenBy(e => e.Name.Length)
            .ThenBy(e => e.Name)
            .ThenBy(e => e.Id)
            .Take(Math.Clamp(query.Limit, 1, LibraryQuery.MaxLimit))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Those of <paramref name="entries"/> the query's framework, 一级, 二级 and words select, unordered: the admin's list narrows as the suggestions do.</summary>
    public IQueryable<LibraryEntry> Matching(IQueryable<LibraryEntry> entries, LibraryQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!string.IsNullOrWhiteSpace(query.FrameworkCode))
        {
            var code = query.FrameworkCode.Trim();
            entries = entries.Where(e => db.IndicatorFrameworks.Any(f => f.Id == e.FrameworkId && f.Code == code));
        }

        if (!string.IsNullOrWhiteSpace(query.Level1))
        {
            var level1 = query.Level1.Trim();
            entries = entries.Where(e => e.Level1 == level1);
        }

        if (!string.IsNullOrWhiteSpace(query.Level2))
        {
            var level2 = query.Level2.Trim();
            entries = entries.Where(e => e.Level2 == level2);
        }

        foreach (var term in query.Terms)
        {
            var pattern = "%" + Escaped(term) + "%";
            if (PinyinInitials.IsInitials(term))
            {
                var initials = "%" + term.ToLowerInvariant() + "%";
                entries = entries.Where(e => EF.Functions.Like(e.Name, pattern, Escape) || EF.Functions.Like(e.NameInitials, initials));
            }
            else
            {
                entries = entries.Where(e => EF.Functions.Like(e.Name, pattern, Escape));
            }
        }

        return entries;
    }

    /// <summary>The word with LIKE's wildcards taken literally.</summary>
    private static string Escaped(string term) =>
        term.Replace(Escape, Escape + Escape, StringComparison.Ordinal)
            .Replace("%", Escape + "%", StringComparison.Ordinal)
            .Replace("_", Escape + "_", StringComparison.Ordinal);
}
