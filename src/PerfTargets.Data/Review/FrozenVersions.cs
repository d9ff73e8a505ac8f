using PerfTargets.Core.Auditing;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Review;

namespace PerfTargets.Data.Review;

/// <summary>
/// 冻结版本: reads a frozen version only as what was submitted. Its content must hash to its stored
/// hash, and that hash must be the one the keyed audit trail recorded when this version was
/// submitted (the 提交 row, whose own HMAC is checked): content and hash rewritten together in the
/// database are caught, since nobody without the audit key can write the row that vouches for them.
/// Anything else throws <see cref="AlteredVersionException"/>.
/// </summary>
public sealed class FrozenVersions(PerfTargetsDbContext db, AuditChain chain)
{
    /// <summary>How an audit row names the version it acts on; the 提交 row so vouches for its hash.</summary>
    public static string VersionDetail(string projectName, int number) => $"{projectName} 第 {number} 版";

    /// <summary>The declaration as version <paramref name="version"/> froze it.</summary>
    public async Task<Declaration> ReadAsync(DeclarationVersion version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(version);
        return (await ReadAllAsync([version], cancellationToken))[version.Id];
    }

    /// <summary>Several versions as they froze them, by version id, with one read of the audit trail for all.</summary>
    public async Task<IReadOnlyDictionary<int, Declaration>> ReadAllAsync(IReadOnlyCollection<DeclarationVersion> versions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var submissions = await SubmissionsAsync([.. versions.Select(v => v.DeclarationId).Distinct()], cancellationToken);
        return versions.ToDictionary(v => v.Id, v =>
        {
            var declaration = v.Read(); // checks the content against the stored hash
            return Vouched(v, submissions) ? declaration : throw new AlteredVersionException(v);
        });
    }

    /// <summary>
    /// What a declaration declares as readers are to see it: a draft as it stands; once submitted,
    /// its latest frozen version, with the live row's identity and workflow state — never the live
    /// row's content, which has no hash to check it by.
    /// </summary>
    public async Task<Declaration> AsSubmittedAsync(Declaration declaration, CancellationToken cancellationToken = default) =>
        (await LatestAsync(declaration, cancellationToken)).Declaration;

    /// <summary>As <see cref="AsSubmittedAsync"/>, with the version it was read from (none for a draft).</summary>
    public async Task<(Declaration Declaration, DeclarationVersion? Version)> LatestAsync(Declaration declaration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        if (declaration.Status == DeclarationStatus.Draft)
        {
            return (declaration, null);
        }

        var version = await db.DeclarationVersions.AsNoTracking().Where(v => v.DeclarationId == declaration.Id)
            .OrderByDescending(v => v.Number).FirstAsync(cancellationToken);
        var frozen = await ReadAsync(version, cancellationToken);
        frozen.TakeStateOf(declaration);
        return (frozen, version);
    }

    /// <summary>Checks every version, two hundred at a time: its content against its hash, its hash against the audit trail.</summary>
    public Task<FrozenCheck<AlteredVersion>> CheckAllAsync(CancellationToken cancellationToken = default) =>
        FrozenBatches.CheckAllAsync(db.DeclarationVersions, AlteredInAsync, cancellationToken);

    private async Task<IEnumerable<AlteredVersion>> AlteredInAsync(IReadOnlyList<DeclarationVersion> batch, CancellationToken cancellationToken)
    {
        var submissions = await SubmissionsAsync([.. batch.Select(v => v.DeclarationId).Distinct()], cancellationToken);
        return batch.Where(v => !v.Verifies() || !Vouched(v, submissions)).Select(v => new AlteredVersion(v.DeclarationId, v.Number, v.ContentHash));
    }

    private Task<List<AuditEntry>> SubmissionsAsync(IReadOnlyCollection<int> declarationIds, CancellationToken cancellationToken) =>
        db.AuditEntries.AsNoTracking()
            .Where(e => e.Action == AuditAction.Submitted && e.DeclarationId != null && declarationIds.Contains(e.DeclarationId.Value))
            .ToListAsync(cancellationToken);

    private bool Vouched(DeclarationVersion version, IEnumerable<AuditEntry> submissions) =>
        submissions.Any(e => e.DeclarationId == version.DeclarationId
            && string.Equals(e.VersionHash, version.ContentHash, StringComparison.Ordinal)
            && e.Detail.EndsWith(VersionDetail(string.Empty, version.Number), StringComparison.Ordinal)
            && chain.IsGenuine(e));
}

/// <summary>A frozen version found altered: 申报表 <paramref name="DeclarationId"/>, 第 <paramref name="Number"/> 版.</summary>
public sealed record AlteredVersion(int DeclarationId, int Number, string ContentHash)
{
    public override string ToString() => $"申报表（编号 {DeclarationId}）第 {Number} 版（哈希 {ContentHash}）";
}
