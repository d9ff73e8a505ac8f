using PerfTargets.Core.Declarations;
using PerfTargets.Core.Review;

namespace PerfTargets.Data.Verification;

/// <summary>
/// 已批复版本, defined once. A version is approved when its declaration reached 已批复 with it — the
/// last section of the chain approved that very version. Two records say so: the declaration is
/// 已批复 and the version is its latest, approved by a section; or a 开启调整 step names the version
/// (an adjustment is opened only on the version the declaration stands approved with, and the
/// declaration goes back to 草稿 while that version stays approved). Versions returned or withdrawn
/// are never approved, even when a later one is.
/// </summary>
public static class ApprovedVersionQueries
{
    /// <summary>Every version approved through the whole chain, the earlier ones of adjusted declarations included.</summary>
    public static IQueryable<DeclarationVersion> ApprovedVersions(this PerfTargetsDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.DeclarationVersions.Where(v =>
            db.DeclarationEvents.Any(e => e.VersionId == v.Id && e.Kind == DeclarationEventKind.AdjustmentOpened)
            || (db.Declarations.Any(d => d.Id == v.DeclarationId && d.Status == DeclarationStatus.Approved && d.Review.VersionCount == v.Number)
                && db.DeclarationEvents.Any(e => e.VersionId == v.Id && e.Kind == DeclarationEventKind.Approved)));
    }

    /// <summary>
    /// 现行批复版本 — the declaration's current approved version: the latest version approved through the
    /// whole chain, one per declaration that has any. While an adjustment is under way (the declaration
    /// is a draft again, or its change is under review) it is the version the adjustment started from;
    /// once the adjustment is approved, the adjusted version. This is "the approved version" whatever
    /// measures against it: the approval mark and /verify, the public pages, and the targets that
    /// 运行监控 and 自评 report on. Never the live row, which an adjustment may be changing.
    /// </summary>
    public static IQueryable<DeclarationVersion> CurrentApprovedVersions(this PerfTargetsDbContext db)
    {
        var approved = db.ApprovedVersions();
        return approved.Where(v => !approved.Any(later => later.DeclarationId == v.DeclarationId && later.Number > v.Number));
    }

    /// <summary>The current approved version of one declaration (see <see cref="CurrentApprovedVersions"/>); null when it has never been approved.</summary>
    public static Task<DeclarationVersion?> CurrentApprovedVersionAsync(this PerfTargetsDbContext db, int declarationId, CancellationToken cancellationToken = default) =>
        db.ApprovedVersions().AsNoTracking().Where(v => v.DeclarationId == declarationId)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Version 第 <paramref name="number"/> 版 of a declaration if it is an approved one (current or earlier); else null.</summary>
    public static Task<DeclarationVersion?> ApprovedVersionAsync(this PerfTargetsDbContext db, int declarationId, int number, CancellationToken cancellationToken = default) =>
        db.ApprovedVersions().AsNoTracking().SingleOrDefaultAsync(v => v.DeclarationId == declarationId && v.Number == number, cancellationToken);
}
