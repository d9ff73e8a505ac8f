using PerfTargets.Core.Declarations;
using PerfTargets.Core.Review;
using PerfTargets.Core.Verification;
using PerfTargets.Data.Review;

namespace PerfTargets.Data.Verification;

/// <summary>
/// 审批核验: whether a content hash is that of a version approved through the whole chain, and the
/// approval mark a printed approved version carries. Which versions are approved is defined once, in
/// <see cref="ApprovedVersionQueries"/>: after an adjustment, the earlier approved version verifies as well
/// as the adjusted one; versions returned or withdrawn never verify.
/// </summary>
public sealed class ApprovedVersionLookup(PerfTargetsDbContext db, FrozenVersions frozen, ApprovalMarkSigner signer, VerificationSettings settings)
{
    /// <summary>The approved version with this content hash; null for any other hash, well-formed or not.</summary>
    public async Task<ApprovedVersion?> FindAsync(string contentHash, CancellationToken cancellationToken = default) =>
        (await VerifyAsync(contentHash, null, cancellationToken))?.Version;

    /// <summary>
    /// The approved version with this content hash and the check of <paramref name="signature"/>
    /// against its mark; null when the hash is of no approved version.
    /// </summary>
    public async Task<ApprovalVerification?> VerifyAsync(string contentHash, string? signature, CancellationToken cancellationToken = default)
    {
        if (!FrozenVersion.IsContentHash(contentHash))
        {
            return null;
        }

        var hash = contentHash.ToLowerInvariant();
        var candidates = await db.ApprovedVersions()
            .Where(v => v.ContentHash == hash)
            .Select(v => new { v.Id, v.DeclarationId, v.Number })
            .OrderByDescending(v => v.Id)
            .ToListAsync(cancellationToken);

        if (candidates.Count == 0)
        {
            return null;
        }

        // Identical content approved twice (two declarations alike in every field) shares a hash:
        // the signature, which names the declaration and version, tells them apart; else the latest.
        var (chosen, check) = candidates
            .Select(c => (Candidate: c, Check: signer.Check(hash, c.Number, c.DeclarationId, signature)))
            .OrderBy(c => c.Check != SignatureCheck.Matches)
            .First();
        return new ApprovalVerification(await DescribeAsync(chosen.Id, chosen.DeclarationId, cancellationToken), check);
    }

    /// <summary>
    /// The mark for the printed approved version of a declaration: its current approved version, or
    /// 第 <paramref name="versionNumber"/> 版 when that is given; null when that version is not approved. The
    /// address is on Verification:PublicBaseUrl when that is set, otherwise on
    /// <paramref name="requestBaseUrl"/>, the scheme and host the request for the PDF came to.
    /// </summary>
    public async Task<ApprovalMark?> MarkAsync(int declarationId, Uri requestBaseUrl, int? versionNumber = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requestBaseUrl);
        var version = versionNumber is { } number
            ? await db.ApprovedVersionAsync(declarationId, number, cancellationToken)
            : await db.CurrentApprovedVersionAsync(declarationId, cancellationToken);
        return version is null
            ? null
            : ApprovalMark.Issue(signer, settings.PublicBaseUrl ?? requestBaseUrl, declarationId, version.Number, version.ContentHash);
    }

    private async Task<ApprovedVersion> DescribeAsync(int versionId, int declarationId, CancellationToken cancellationToken)
    {
        var version = await db.DeclarationVersions.AsNoTracking().SingleAsync(v => v.Id == versionId, cancellationToken);
        var events = (await DeclarationHistory.LoadAsync(db, declarationId, cancellationToken)).Events;
        var sectionNames = (await db.LoadChainAsync(cancellationToken)).Sections.ToDictionary(s => s.Id, s => s.Name);

        // The approvals the declaration was approved with, as the printed 审核意见 shows them: one
        // standing from an earlier version says which; the names as they were at the time.
        var approvals = StandingApprovals.AtApprovalOf(events, versionId);
        var sections = approvals.Select(a => (a.ActingFor ?? sectionNames.GetValueOrDefault(a.SectionId ?? 0) ?? string.Empty) + StandingApprovals.VersionNote(a, version.Number)).ToList();
        var department = events.LastOrDefault(e => e.Kind == DeclarationEventKind.Submitted && e.VersionId == versionId)?.ActingFor
            ?? await db.Declarations.Where(d => d.Id == declarationId)
                .Join(db.Departments, d => d.DepartmentId, d => d.Id, (_, d) => d.Name).SingleAsync(cancellationToken);
        try
        {
            return new ApprovedVersion((await frozen.ReadAsync(version, cancellationToken)).ProjectName, department, version.Number, approvals[^1].At, sections);
        }
        catch (AlteredVersionException)
        {
            // Changed behind the application: none of it is shown, and the page says 不一致.
            return new ApprovedVersion(string.Empty, department, version.Number, approvals[^1].At, sections, ContentIntact: false);
        }
    }
}
