using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Library;

namespace PerfTargets.Data.Library;

/// <summary>
/// Finds library entries whose 三级 name holds every word of the query as characters (LIKE '%词%'),
/// among those not retired, narrowed by framework, 一级 and 二级. On PostgreSQL the trigram index of
/// the IndicatorLibrary migration serves the LIKE; on SQLite it is a scan of the table. Ordered: a
/// name beginning with the first word first, then the shorter name, then by name.
/// </summary>
public sealed class LibrarySearch(PerfTargetsDbContext db)
{
    private const string Escape = "\\";

    public async Task<IReadOnlyList<LibraryEntry>> FindAsync(LibraryQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var entries = db.LibraryEntries.AsNoTracking().Where(e => !e.Retired);
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

        var terms = query.Terms;
        foreach (var pattern in terms.Select(t => "%" + Escaped(t) + "%"))
        {
            entries = entries.Where(e => EF.Functions.Like(e.Name, pattern, Escape));
        }

        var prefix = (terms.Count > 0 ? Escaped(terms[0]) : string.Empty) + "%";
        return await entries
            .OrderBy(e => EF.Functions.Like(e.Name, prefix, Escape) ? 0 : 1)
            .ThenBy(e => e.Name.Length)
            .ThenBy(e => e.Name)
            .ThenBy(e => e.Id)
            .Take(Math.Clamp(query.Limit, 1, LibraryQuery.MaxLimit))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The word with LIKE's wildcards taken literally.</summary>
    private static string Escaped(string term) =>
        term.Replace(Escape, Escape + Escape, StringComparison.Ordinal)
            .Replace("%", Escape + "%", StringComparison.Ordinal)
            .Replace("_", Escape + "_", StringComparison.Ordinal);
}
