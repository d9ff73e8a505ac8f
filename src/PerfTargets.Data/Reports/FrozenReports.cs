using PerfTargets.Core.Auditing;
using PerfTargets.Core.Reports;
using PerfTargets.Data.Review;

namespace PerfTargets.Data.Reports;

/// <summary>
/// A report's frozen version as readers are to see it: its content checked against its hash, and that
/// hash against the keyed 提交报告 audit row that recorded it — so content and hash rewritten together in
/// the database are refused, as a declaration's version is (<see cref="FrozenVersions"/>).
/// </summary>
public sealed class FrozenReports(PerfTargetsDbContext db, AuditChain chain)
{
    /// <summary>The report as <paramref name="version"/> froze it; an altered or unvouched version throws <see cref="Core.Review.AlteredVersionException"/>.</summary>
    public async Task<PerformanceReport> ReadAsync(ReportVersion version, int declarationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(version);
        var report = version.Read(); // checks the content against the stored hash
        return Vouched(version, declarationId, await SubmissionsAsync([version.ContentHash], cancellationToken)) ? report : throw version.Altered();
    }

    /// <summary>Checks every report version, two hundred at a time, as <see cref="ReadAsync"/> reads one (what <c>verify-audit</c> reports).</summary>
    public Task<FrozenCheck<AlteredReport>> CheckAllAsync(CancellationToken cancellationToken = default) =>
        FrozenBatches.CheckAllAsync(db.ReportVersions, AlteredInAsync, cancellationToken);

    private async Task<IEnumerable<AlteredReport>> AlteredInAsync(IReadOnlyList<ReportVersion> batch, CancellationToken cancellationToken)
    {
        var reportIds = batch.Select(v => v.ReportId).Distinct().ToList();
        var declarationOf = await db.PerformanceReports.AsNoTracking().Where(r => reportIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.DeclarationId, cancellationToken);
        var submissions = await SubmissionsAsync([.. batch.Select(v => v.ContentHash).Distinct()], cancellationToken);
        return batch.Where(v => !v.Verifies() || !Vouched(v, declarationOf.GetValueOrDefault(v.ReportId), submissions))
            .Select(v => new AlteredReport(v.ReportId, v.Number, v.ContentHash));
    }

    private Task<List<AuditEntry>> SubmissionsAsync(IReadOnlyCollection<string> hashes, CancellationToken cancellationToken) =>
        db.AuditEntries.AsNoTracking()
            .Where(e => e.Action == AuditAction.ReportSubmitted && e.VersionHash != null && hashes.Contains(e.VersionHash))
            .ToListAsync(cancellationToken);

    private bool Vouched(ReportVersion version, int declarationId, IEnumerable<AuditEntry> submissions) =>
        submissions.Any(e => e.DeclarationId == declarationId
            && string.Equals(e.VersionHash, version.ContentHash, StringComparison.Ordinal)
            && chain.IsGenuine(e));
}

/// <summary>A report version found altered: 报告 <paramref name="ReportId"/>, 第 <paramref name="Number"/> 版.</summary>
public sealed record AlteredReport(int ReportId, int Number, string ContentHash)
{
    public override string ToString() => $"报告（编号 {ReportId}）第 {Number} 版（哈希 {ContentHash}）";
}
