using PerfTargets.Core.Review;

namespace PerfTargets.Data.Review;

/// <summary>
/// A declaration's way through the workflow, oldest first, with the hashes of the versions acted on,
/// and the findings reviewers accepted (例外说明), those withdrawn included.
/// </summary>
public sealed record DeclarationHistory(IReadOnlyList<DeclarationEvent> Events, IReadOnlyDictionary<int, string> VersionHashes, IReadOnlyList<ProblemAcceptance> Acceptances)
{
    public static async Task<DeclarationHistory> LoadAsync(PerfTargetsDbContext db, int declarationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var events = await db.DeclarationEvents.AsNoTracking().Where(e => e.DeclarationId == declarationId).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var hashes = await db.DeclarationVersions.Where(v => v.DeclarationId == declarationId)
            .Select(v => new { v.Id, v.ContentHash }).ToDictionaryAsync(v => v.Id, v => v.ContentHash, cancellationToken);
        return new DeclarationHistory(events, hashes, await ProblemAcceptances.OfAsync(db, declarationId, cancellationToken));
    }

    /// <summary>The acceptances that stand (not withdrawn).</summary>
    public IReadOnlyList<ProblemAcceptance> StandingAcceptances => Acceptances.Where(a => a.Stands).ToList();

    /// <summary>The workflow's steps, acceptances and their withdrawals in the order they happened.</summary>
    public IReadOnlyList<HistoryEntry> Timeline =>
        Events.Select(e => new HistoryEntry(e.At, e))
            .Concat(Acceptances.Select(a => new HistoryEntry(a.At, null, a)))
            .Concat(Acceptances.Where(a => a.WithdrawnAt is not null).Select(a => new HistoryEntry(a.WithdrawnAt!.Value, null, a, Withdrawal: true)))
            .OrderBy(entry => entry.At)
            .ToList();

    /// <summary>The latest return, whose reasons the filer is to act on.</summary>
    public DeclarationEvent? LatestReturn => Events.LastOrDefault(e => e.Kind == DeclarationEventKind.Returned);

    /// <summary>Whether a reviewer has approved or returned the version with this id.</summary>
    public bool Reviewed(int versionId) => Events.Any(e => e.VersionId == versionId && e.SectionId is not null);
}
