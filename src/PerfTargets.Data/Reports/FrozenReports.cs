using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Auditing;
using PerfTargets.Core.Reports;

namespace PerfTargets.Data.Reports;

/// <summary>
/// A report's frozen version as readers are to see it: its content checked against its hash, and that
/// hash against the keyed 提交报告 audit row that recorded it — so content and hash rewritten together in
/// the database are refused, as a declaration's version is (<see cref="Review.FrozenVersions"/>).
/// </summary>
public sealed class FrozenReports(PerfTargetsDbContext db, AuditChain chain)
{
    /// <summary>The report as <paramref name="version"/> froze it; an altered or unvouched version throws <see cref="Core.Review.AlteredVersionException"/>.</summary>
    public async Task<PerformanceReport> ReadAsync(ReportVersion version, int declarationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(version);
        var report = version.Read(); // checks the content against the stored hash
        var submissions = await db.AuditEntries.AsNoTracking()
            .Where(e => e.Action == AuditAction.ReportSubmitted && e.DeclarationId == declarationId && e.VersionHash == version.ContentHash)
            .ToListAsync(cancellationToken);
        return submissions.Exists(e => string.Equals(chain.HashOf(e), e.Hash, StringComparison.Ordinal)) ? report : throw version.Altered();
    }
}
