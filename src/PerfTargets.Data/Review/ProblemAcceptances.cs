using PerfTargets.Core.Auditing;
using PerfTargets.Core.Review;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Queries;

namespace PerfTargets.Data.Review;

/// <summary>
/// 例外说明: a reviewer accepts one finding of the validation rules with a note, or withdraws that
/// acceptance. Gathered and decided as the workflow's steps are (<see cref="DeclarationReviews"/>):
/// the same facts, the same turn check, the same refusals and their audit rows; each change commits
/// with its audit row, or nothing is written.
/// </summary>
public sealed class ProblemAcceptances(PerfTargetsDbContext db, DeclarationReviews reviews, FrozenVersions frozen, AuditedChanges audited, TimeProvider clock)
{
    /// <summary>
    /// Accepts the finding <paramref name="rule"/> at <paramref name="path"/> on version
    /// <paramref name="versionId"/>, as the rules find it there now: its message is taken from the
    /// server's check, never from the form.
    /// </summary>
    public async Task<WorkflowOutcome> AcceptAsync(int declarationId, int versionId, Guid loadedStamp, string? rule, string? path, string? note, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var facts = await reviews.ReviewerFactsAsync(declarationId, versionId, loadedStamp, null, actor, cancellationToken);
        var version = facts.CurrentVersion;
        var problem = version is null || facts.Declaration is null
            ? null
            : (await db.ProblemsAsync(await frozen.ReadAsync(version, cancellationToken), version.SubmittedAt, cancellationToken)).FirstOrDefault(p => p.Rule == rule && p.Path == path);
        var standing = await db.ProblemAcceptances.AnyAsync(a => a.DeclarationId == declarationId && a.Rule == rule && a.Path == path && a.WithdrawnAt == null, cancellationToken);
        if (ExceptionNotes.CheckAccept(facts, problem, standing, note) is { } refusal)
        {
            return await reviews.RefuseAsync(refusal, AuditAction.ExceptionAccepted, actor, declarationId, cancellationToken, version?.ContentHash);
        }

        var acceptance = new ProblemAcceptance
        {
            DeclarationId = declarationId,
            VersionNumber = version!.Number,
            Rule = problem!.Rule,
            Path = problem.Path,
            Message = problem.Message.Length > ReviewLimits.ProblemMessage ? problem.Message[..ReviewLimits.ProblemMessage] : problem.Message,
            Note = note!.Trim(),
            SectionId = actor.SectionId,
            ActingFor = facts.Chain.Find(actor.SectionId)?.Name,
            UserId = actor.UserId,
            UserName = actor.ShownName,
            At = clock.GetUtcNow().UtcDateTime,
        };
        var detail = $"{Detail(facts, version)} {acceptance.ActingFor}接受 [{acceptance.Rule}] {acceptance.Path}：{acceptance.Message} 例外说明：{acceptance.Note}";
        return await CommitAsync(
            new AuditNote(AuditAction.ExceptionAccepted, actor, declarationId, version.ContentHash, detail),
            () => db.ProblemAcceptances.Add(acceptance),
            actor,
            declarationId,
            version.ContentHash,
            cancellationToken);
    }

    /// <summary>Withdraws the acceptance <paramref name="acceptanceId"/>: the finding counts as any other again.</summary>
    public async Task<WorkflowOutcome> WithdrawAsync(int declarationId, int versionId, Guid loadedStamp, int acceptanceId, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var facts = await reviews.ReviewerFactsAsync(declarationId, versionId, loadedStamp, null, actor, cancellationToken);
        var acceptance = await db.ProblemAcceptances.FirstOrDefaultAsync(a => a.Id == acceptanceId, cancellationToken);
        var version = facts.CurrentVersion;
        if (ExceptionNotes.CheckWithdraw(facts, acceptance) is { } refusal)
        {
            return await reviews.RefuseAsync(refusal, AuditAction.ExceptionWithdrawn, actor, declarationId, cancellationToken, version?.ContentHash);
        }

        var detail = $"{Detail(facts, version!)} {facts.Chain.Find(actor.SectionId)?.Name}撤回接受 [{acceptance!.Rule}] {acceptance.Path}（原例外说明：{acceptance.Note}）";
        return await CommitAsync(
            new AuditNote(AuditAction.ExceptionWithdrawn, actor, declarationId, version!.ContentHash, detail),
            () =>
            {
                acceptance.WithdrawnAt = clock.GetUtcNow().UtcDateTime;
                acceptance.WithdrawnById = actor.UserId;
                acceptance.WithdrawnBy = actor.ShownName;
            },
            actor,
            declarationId,
            version.ContentHash,
            cancellationToken);
    }

    /// <summary>The standing acceptances and those withdrawn, oldest first, of one declaration.</summary>
    public static Task<List<ProblemAcceptance>> OfAsync(PerfTargetsDbContext db, int declarationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.ProblemAcceptances.AsNoTracking().Where(a => a.DeclarationId == declarationId).OrderBy(a => a.Id).ToListAsync(cancellationToken);
    }

    private static string Detail(ReviewerFacts facts, DeclarationVersion version) =>
        FrozenVersions.VersionDetail(facts.Declaration!.ProjectName, version.Number);

    /// <summary>
    /// The change with its audit row. A colleague's acceptance of the same finding, committed first,
    /// takes the one-standing-acceptance index: then nothing is written, recorded as not performed.
    /// </summary>
    private async Task<WorkflowOutcome> CommitAsync(AuditNote note, Action change, AuditActor actor, int declarationId, string versionHash, CancellationToken cancellationToken)
    {
        var committed = await audited.TryCommitAsync(
            note,
            _ =>
            {
                change();
                return Task.CompletedTask;
            },
            cancellationToken);
        db.ChangeTracker.Clear();
        return committed
            ? WorkflowOutcome.Success
            : await reviews.RefuseAsync(WorkflowOutcome.MovedOn, note.Action, actor, declarationId, cancellationToken, versionHash);
    }
}
