using Microsoft.EntityFrameworkCore;

namespace PerfTargets.Data.Library;

/// <summary>How often each library entry's 三级 name stands in declarations (drafts included), most used first.</summary>
public static class LibraryUsage
{
    public static async Task<IReadOnlyList<EntryUsage>> CountAsync(PerfTargetsDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entries = await db.LibraryEntries.AsNoTracking().Where(e => !e.Retired)
            .Select(e => new { e.Name, e.Level2 }).Distinct().ToListAsync(cancellationToken);
        var names = entries.Select(e => e.Name).Distinct().ToList();
        var uses = await db.Declarations.SelectMany(d => d.Indicators).Where(i => names.Contains(i.Name))
            .GroupBy(i => i.Name).Select(g => new { Name = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Name, g => g.Count, cancellationToken);
        return [.. entries.DistinctBy(e => e.Name)
            .Select(e => new EntryUsage(e.Name, e.Level2, uses.GetValueOrDefault(e.Name)))
            .OrderByDescending(u => u.Uses).ThenBy(u => u.Name, StringComparer.Ordinal)];
    }
}

/// <summary>A library entry's name, its 二级 and how many declaration rows use it.</summary>
public sealed record EntryUsage(string Name, string Level2, int Uses);
