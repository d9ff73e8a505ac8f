using PerfTargets.Core.Library;

namespace PerfTargets.Data.Library;

/// <summary>
/// The admin's list of the library (指标库条目): narrowed as the suggestions are (framework, 一级,
/// 二级, words), retired entries only when asked, a page at a time, each row with its uses.
/// </summary>
public sealed class LibraryListing(PerfTargetsDbContext db, LibrarySearch search)
{
    public const int PageSize = 50;

    public async Task<LibraryPage> PageAsync(LibraryQuery query, bool withRetired, int page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var entries = search.Matching(db.LibraryEntries.AsNoTracking(), query);
        if (!withRetired)
        {
            entries = entries.Where(e => !e.Retired);
        }

        var total = await entries.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        var number = Math.Clamp(page, 1, pages);
        var rows = await entries.OrderBy(e => e.FrameworkId).ThenBy(e => e.Level1).ThenBy(e => e.Level2).ThenBy(e => e.Name).ThenBy(e => e.Id)
            .Skip((number - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var uses = await LibraryUsage.OfAsync(db, rows, cancellationToken);
        return new LibraryPage([.. rows.Select(e => new ListedEntry(e, uses[e.Id]))], total, number, pages);
    }
}

/// <summary>One page of the admin's list: its rows, how many entries the filter found, which page of how many.</summary>
public sealed record LibraryPage(IReadOnlyList<ListedEntry> Rows, int Total, int Number, int Pages);

/// <summary>An entry as listed, with the declaration rows that use it (and the entries merged into it).</summary>
public sealed record ListedEntry(LibraryEntry Entry, int Uses);
