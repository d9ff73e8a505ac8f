using System.Collections.Concurrent;
using PerfTargets.Core.Taxonomy;

namespace PerfTargets.Data.Queries;

/// <summary>
/// 指标体系 as a database holds them, read once per process and database. A framework is written only
/// when a start finds it missing (<see cref="Setup.DatabaseInitializer"/>) and is never changed after,
/// so the view, the editor, the checks and the prints need not read its tree (three statements) on every
/// request. One asked for by an id not yet known (added by a later start of a newer instance) is read
/// again from the database. The frameworks handed out are shared: callers only read them.
/// </summary>
public static class FrameworkCatalog
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<IndicatorFramework>> ByDatabase = new(StringComparer.Ordinal);

    /// <summary>Every framework of the database, in the order they were added.</summary>
    public static async Task<IReadOnlyList<IndicatorFramework>> FrameworksAsync(this PerfTargetsDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return ByDatabase.TryGetValue(DatabaseKeys.Of(db), out var known) ? known : await ReadAsync(db, cancellationToken);
    }

    /// <summary>The framework of that id; an id the database does not hold is a broken reference and throws.</summary>
    public static async Task<IndicatorFramework> FrameworkAsync(this PerfTargetsDbContext db, int id, CancellationToken cancellationToken = default) =>
        await db.FindFrameworkAsync(id, cancellationToken) ?? throw new InvalidOperationException($"指标体系 {id} is not in the database.");

    /// <summary>The framework of that id, read again when not yet known; none when the database does not hold it.</summary>
    public static Task<IndicatorFramework?> FindFrameworkAsync(this PerfTargetsDbContext db, int id, CancellationToken cancellationToken = default) =>
        FindAsync(db, f => f.Id == id, cancellationToken);

    /// <summary>The framework of that code (2015, 2021 …), read again when not yet known; none when the database does not hold it.</summary>
    public static Task<IndicatorFramework?> FindFrameworkAsync(this PerfTargetsDbContext db, string code, CancellationToken cancellationToken = default) =>
        FindAsync(db, f => f.Code == code, cancellationToken);

    private static async Task<IndicatorFramework?> FindAsync(PerfTargetsDbContext db, Func<IndicatorFramework, bool> match, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return (await db.FrameworksAsync(cancellationToken)).FirstOrDefault(match) ?? (await ReadAsync(db, cancellationToken)).FirstOrDefault(match);
    }

    private static async Task<IReadOnlyList<IndicatorFramework>> ReadAsync(PerfTargetsDbContext db, CancellationToken cancellationToken)
    {
        var read = await db.IndicatorFrameworks.AsNoTracking().OrderBy(f => f.Id).ToListAsync(cancellationToken);
        // A database not yet initialised holds none: nothing to keep.
        if (read.Count > 0)
        {
            ByDatabase[DatabaseKeys.Of(db)] = read;
        }

        return read;
    }
}
