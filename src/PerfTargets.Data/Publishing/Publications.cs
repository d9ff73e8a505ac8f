using PerfTargets.Core.Auditing;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Publishing;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Review;

namespace PerfTargets.Data.Publishing;

/// <summary>
/// 公开 and 撤回公开: each step commits with its audit row, or nothing is written. Publishing records
/// the version the declaration was approved with, read through <see cref="FrozenVersions"/> first so
/// that a version altered behind the application is never made public. The answer is null when done,
/// else the refusal in Chinese.
/// </summary>
public sealed class Publications(PerfTargetsDbContext db, FrozenVersions frozen, AuditedChanges audited, TimeProvider clock)
{
    public const string MovedOn = "公开状态在您打开页面后已被他人改变，本次操作未执行。请查看它的最新状态。";

    /// <summary>The publication record of a declaration, public or withdrawn; null when never published.</summary>
    public static Task<Publication?> OfAsync(PerfTargetsDbContext db, int declarationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Publications.AsNoTracking().SingleOrDefaultAsync(p => p.DeclarationId == declarationId, cancellationToken);
    }

    /// <summary>Publishes the approved version, the 项目情况 fields named by <paramref name="internalFields"/> withheld as internal (a name no field has is refused).</summary>
    public async Task<string?> PublishAsync(int declarationId, IEnumerable<string> internalFields, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(internalFields);
        if (PublishingRules.InternalFieldsProblem(internalFields) is { } unknown)
        {
            return unknown;
        }

        var declaration = await db.Declarations.AsNoTracking().SingleAsync(d => d.Id == declarationId, cancellationToken);
        var existing = await db.Publications.SingleOrDefaultAsync(p => p.DeclarationId == declarationId, cancellationToken);
        if (PublishingRules.CheckPublish(declaration.Status, existing) is { } refusal)
        {
            return refusal;
        }

        // 已批复 is final: the approved version is the latest.
        var version = await db.DeclarationVersions.AsNoTracking().Where(v => v.DeclarationId == declarationId)
            .OrderByDescending(v => v.Number).FirstAsync(cancellationToken);
        var content = await frozen.ReadAsync(version, cancellationToken);
        var publication = existing ?? db.Publications.Add(new Publication { DeclarationId = declarationId }).Entity;
        publication.VersionId = version.Id;
        publication.PublishedAt = clock.GetUtcNow().UtcDateTime;
        publication.PublishedById = actor.UserId;
        publication.PublishedBy = actor.ShownName;
        publication.WithdrawnAt = null;
        publication.WithdrawnById = null;
        publication.WithdrawnBy = null;
        publication.WithdrawalReason = null;
        var withheld = NarrativeFields.All.Where(f => internalFields.Contains(f.Name)).ToList();
        publication.InternalFields = [.. withheld.Select(f => f.Name)];
        var detail = $"{FrozenVersions.VersionDetail(content.ProjectName, version.Number)} 公开"
            + (withheld.Count == 0 ? string.Empty : $"，内部资料不公开：{string.Join("、", withheld.Select(f => f.Label))}");
        return await CommitAsync(new AuditNote(AuditAction.Published, actor, declarationId, version.ContentHash, detail), cancellationToken);
    }

    public async Task<string?> WithdrawAsync(int declarationId, string? reason, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var existing = await db.Publications.SingleOrDefaultAsync(p => p.DeclarationId == declarationId, cancellationToken);
        if (PublishingRules.CheckWithdraw(existing, reason) is { } refusal)
        {
            return refusal;
        }

        var version = await db.DeclarationVersions.AsNoTracking().SingleAsync(v => v.Id == existing!.VersionId, cancellationToken);
        var declaration = await db.Declarations.AsNoTracking().SingleAsync(d => d.Id == declarationId, cancellationToken);
        existing!.WithdrawnAt = clock.GetUtcNow().UtcDateTime;
        existing.WithdrawnById = actor.UserId;
        existing.WithdrawnBy = actor.ShownName;
        existing.WithdrawalReason = reason!.Trim();
        var detail = $"{FrozenVersions.VersionDetail(declaration.ProjectName, version.Number)} 撤回公开，理由：{existing.WithdrawalReason}";
        return await CommitAsync(new AuditNote(AuditAction.PublicationWithdrawn, actor, declarationId, version.ContentHash, detail), cancellationToken);
    }

    private async Task<string?> CommitAsync(AuditNote note, CancellationToken cancellationToken)
    {
        var committed = await audited.TryCommitAsync(note, cancellationToken);
        db.ChangeTracker.Clear();
        return committed ? null : MovedOn;
    }
}
