using System.Collections.Frozen;
using PerfTargets.Core.Accounts;
using PerfTargets.Core.Library;
using PerfTargets.Core.Printing;
using PerfTargets.Core.Review;
using PerfTargets.Core.Taxonomy;
using PerfTargets.Core.Validation.Review;
using PerfTargets.Data.Setup;

namespace PerfTargets.Data.Queries;

/// <summary>
/// The reference data only the admin changes — 审核科室, 审核设置, the 审核规则 revision in force, 打印设置,
/// 年度指标体系, 指标库设置 — which nearly every page reads, kept per process and database, each kind
/// (named by its entity type) apart. A kind is read again when this process saves a change to its
/// table (<see cref="ReferenceCacheEviction"/>) and at least every <see cref="RecheckSetting.ReferenceData"/>
/// interval, so a change made elsewhere is seen within it. What it hands out is shared: callers only read it.
/// </summary>
public sealed class ReferenceCache(TimeProvider clock, TimeSpan recheck)
{
    /// <summary>The entity types whose tables are cached; a save that touches one evicts it.</summary>
    public static readonly FrozenSet<Type> Kinds = FrozenSet.Create(
        typeof(ReviewSection), typeof(ReviewSettings), typeof(RuleSettingsRevision), typeof(PrintSettings), typeof(BudgetYearSetting), typeof(LibrarySettings));

    private readonly Lock gate = new();
    private readonly Dictionary<(string Database, Type Kind), Entry> entries = [];

    /// <summary>How often each kind was evicted: a read that began before an eviction does not keep what it read.</summary>
    private readonly Dictionary<(string Database, Type Kind), long> evictions = [];

    /// <summary>What <paramref name="read"/> gives for the kind, from memory while it is fresh.</summary>
    public async Task<T> GetAsync<T>(DbContext db, Type kind, Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(read);
        if (!Kinds.Contains(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only the kinds a save evicts may be cached.");
        }

        var key = (DatabaseKeys.Of(db), kind);
        var now = clock.GetUtcNow();
        long seen;
        lock (gate)
        {
            if (entries.TryGetValue(key, out var known) && now - known.ReadAt < recheck)
            {
                return (T)known.Value!;
            }

            seen = evictions.GetValueOrDefault(key);
        }

        var value = await read(cancellationToken);
        lock (gate)
        {
            if (evictions.GetValueOrDefault(key) == seen)
            {
                entries[key] = new Entry(value, now);
            }
        }

        return value;
    }

    /// <summary>Forgets those kinds of that database: the next read goes to it.</summary>
    public void Evict(DbContext db, IEnumerable<Type> kinds)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(kinds);
        var database = DatabaseKeys.Of(db);
        lock (gate)
        {
            foreach (var kind in kinds)
            {
                entries.Remove((database, kind));
                evictions[(database, kind)] = evictions.GetValueOrDefault((database, kind)) + 1;
            }
        }
    }

    private sealed record Entry(object? Value, DateTimeOffset ReadAt);
}
