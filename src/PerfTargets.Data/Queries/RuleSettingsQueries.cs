using PerfTargets.Core.Validation.Review;

namespace PerfTargets.Data.Queries;

/// <summary>
/// 审核规则设置 as stored: the revision in force now (through the <see cref="ReferenceCache"/>), or at
/// the moment a version was submitted (read from the database, exactly).
/// </summary>
public static class RuleSettingsQueries
{
    /// <summary>The settings in force at <paramref name="at"/> (UTC), now when null; as built when the admin never changed them.</summary>
    public static async Task<RuleSettings> RuleSettingsAsync(this PerfTargetsDbContext db, DateTime? at = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var revision = at is { } moment
            ? await Newest(db.RuleSettingsRevisions.AsNoTracking().Where(r => r.ChangedAt <= moment)).FirstOrDefaultAsync(cancellationToken)
            : await CurrentRevisionAsync(db, cancellationToken);
        return revision?.Read() ?? new RuleSettings();
    }

    /// <summary>The id of the revision in force now; 0 when the admin never changed the settings.</summary>
    public static async Task<int> CurrentRuleSettingsRevisionAsync(this PerfTargetsDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return (await CurrentRevisionAsync(db, cancellationToken))?.Id ?? Declarations.StoredProblemCounts.BuiltInSettings;
    }

    /// <summary>Every revision, newest first, for the admin's history.</summary>
    public static async Task<IReadOnlyList<RuleSettingsRevision>> RuleSettingsHistoryAsync(this PerfTargetsDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await Newest(db.RuleSettingsRevisions.AsNoTracking()).ToListAsync(cancellationToken);
    }

    /// <summary>The latest revision, shared: its settings are read anew (<see cref="RuleSettingsRevision.Read"/>) for each caller.</summary>
    private static Task<RuleSettingsRevision?> CurrentRevisionAsync(PerfTargetsDbContext db, CancellationToken cancellationToken) =>
        db.ReferenceAsync<RuleSettingsRevision, RuleSettingsRevision?>(token => Newest(db.RuleSettingsRevisions.AsNoTracking()).FirstOrDefaultAsync(token), cancellationToken);

    private static IOrderedQueryable<RuleSettingsRevision> Newest(IQueryable<RuleSettingsRevision> revisions) =>
        revisions.OrderByDescending(r => r.ChangedAt).ThenByDescending(r => r.Id);
}
