using PerfTargets.Core.Library;

namespace PerfTargets.Data.Library;

/// <summary>
/// How often each library entry's 三级 name stands in declarations (drafts included), most used first.
/// An entry merged into another (合并) counts for the one kept: declarations that used the merged
/// name used what the kept entry says.
/// </summary>
public static class LibraryUsage
{
    public static async Task<IReadOnlyList<EntryUsage>> CountAsync(PerfTargetsDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entries = await db.LibraryEntries.AsNoTracking().Where(e => !e.Retired)
            .Select(e => new { e.Id, e.Name, e.Level2 }).ToListAsync(cancellationToken);
        var merged = await MergedNamesAsync(db, [.. entries.Select(e => e.Id)], cancellationToken);
        var uses = await UsesAsync(db, [.. entries.Select(e => e.Name), .. merged.Select(m => m.Name)], cancellationToken);
        return [.. entries.GroupBy(e => e.Name)
            .Select(g => new EntryUsage(g.Key, g.First().Level2, Folded(g.Key, [.. g.Select(e => e.Id)], merged, uses)))
            .OrderByDescending(u => u.Uses).ThenBy(u => u.Name, StringComparer.Ordinal)];
    }

    /// <summary>The uses of each of <paramref name="entries"/>, by id, with those of the entries merged into it.</summary>
    public static async Task<IReadOnlyDictionary<int, int>> OfAsync(PerfTargetsDbContext db, IReadOnlyCollection<LibraryEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entries);
        var merged = await MergedNamesAsync(db, [.. entries.Select(e => e.Id)], cancellationToken);
        var uses = await UsesAsync(db, [.. entries.Select(e => e.Name), .. merged.Select(m => m.Name)], cancellationToken);
        return entries.ToDictionary(e => e.Id, e => Folded(e.Name, [e.Id], merged, uses));
    }

    /// <summary>A name's uses and those of the other names merged into any of <paramref name="ids"/>, each name once.</summary>
    private static int Folded(string name, IReadOnlyCollection<int> ids, IReadOnlyList<MergedName> merged, IReadOnlyDictionary<string, int> uses) =>
        merged.Where(m => ids.Contains(m.IntoId)).Select(m => m.Name).Append(name).Distinct(StringComparer.Ordinal).Sum(n => uses.GetValueOrDefault(n));

    private static async Task<IReadOnlyList<MergedName>> MergedNamesAsync(PerfTargetsDbContext db, IReadOnlyCollection<int> ids, CancellationToken cancellationToken) =>
        await db.LibraryEntries.AsNoTracking().Where(e => e.MergedIntoId != null && ids.Contains(e.MergedIntoId.Value))
            .Select(e => new MergedName(e.MergedIntoId!.Value, e.Name)).ToListAsync(cancellationToken);

    private static async Task<IReadOnlyDictionary<string, int>> UsesAsync(PerfTargetsDbContext db, IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        var distinct = names.Distinct(StringComparer.Ordinal).ToList();
        return await db.Declarations.SelectMany(d => d.Indicators).Where(i => distinct.Contains(i.Name))
            .GroupBy(i => i.Name).Select(g => new { Name = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Name, g => g.Count, cancellationToken);
    }

    private sealed record MergedName(int IntoId, string Name);
}

/// <summary>A library entry's name, its 二级 and how many declaration rows use it.</summary>
public sealed record EntryUsage(string Name, string Level2, int Uses);
