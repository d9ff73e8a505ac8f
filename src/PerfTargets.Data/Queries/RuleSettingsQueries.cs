using PerfTargets.Core.Validation.Review;

namespace PerfTargets.Data.Queries;

/// <summary>审核规则设置 as stored: the revision in force now, or at the moment a version was submitted.</summary>
public static class RuleSettingsQueries
{
    /// <summary>The settings in force at <paramref name="at"/> (UTC), now when null; as built when the admin never changed them.</summary>
    public static async Task<RuleSettings> RuleSettingsAsync(this PerfTargetsDbContext db, DateTime? at = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var revisions = db.RuleSettingsRevisions.AsNoTracking();
        if (at is { } moment)
        {
            revisions = revisions.Where(r => r.ChangedAt <= moment);
        }

        var latest = await revisions.OrderByDescending(r => r.ChangedAt).ThenByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        return latest?.Read() ?? new RuleSettings();
    }

    /// <summary>The id of the revision in force now; 0 when the admin never changed the settings.</summary>
    public static async Task<int> CurrentRuleSettingsRevisionAsync(this PerfTargetsDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.RuleSettingsRevisions.AsNoTracking().OrderByDescending(r => r.ChangedAt).ThenByDescending(r => r.Id)
            .Select(r => (int?)r.Id).FirstOrDefaultAsync(cancellationToken) ?? Declarations.StoredProblemCounts.BuiltInSettings;
    }

    /// <summary>Every revision, newest first, for the admin's history.</summary>
    public static async Task<IReadOnlyList<RuleSettingsRevision>> RuleSettingsHistoryAsync(this PerfTargetsDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.RuleSettingsRevisions.AsNoTracking().OrderByDescending(r => r.ChangedAt).ThenByDescending(r => r.Id).ToListAsync(cancellationToken);
    }
}
