using PerfTargets.Data.Auditing;
using PerfTargets.Data.Reports;
using PerfTargets.Data.Review;

namespace PerfTargets.Web.Auditing;

/// <summary>
/// 完整性校验: the audit chain link by link against the checkpoints written outside the database,
/// and every frozen version of a declaration or a report against its hash and the keyed audit row that
/// recorded it — what 校验哈希链 and <c>verify-audit</c> report.
/// </summary>
public sealed class IntegrityCheck(FrozenVersions versions, FrozenReports reports, AuditTrail trail, AuditCheckpointFile checkpointFile)
{
    /// <param name="checkpoints">The checkpoint file's lines; by default those of Audit:CheckpointPath.</param>
    public async Task<IntegrityReport> RunAsync(IReadOnlyList<string>? checkpoints = null, string? source = null, CancellationToken cancellationToken = default)
    {
        var chain = await trail.VerifyAsync(checkpoints ?? await checkpointFile.ReadAsync(cancellationToken), cancellationToken);
        return new IntegrityReport(chain, await versions.CheckAllAsync(cancellationToken), await reports.CheckAllAsync(cancellationToken), source ?? checkpointFile.Path);
    }

    /// <summary>Writes the head out as a new checkpoint, once a report found all sound; null when the head had not moved.</summary>
    public Task<Core.Auditing.AuditCheckpoint?> WriteCheckpointAsync(CancellationToken cancellationToken = default) =>
        checkpointFile.WriteAsync(trail, cancellationToken);
}

/// <summary>What <see cref="IntegrityCheck"/> found, with its findings said in Chinese, a line each.</summary>
public sealed record IntegrityReport(AuditVerification Chain, FrozenCheck<AlteredVersion> Versions, FrozenCheck<AlteredReport> Reports, string CheckpointSource)
{
    public bool Intact => Chain.Intact && Versions.Intact && Reports.Intact;

    public IEnumerable<string> Findings()
    {
        yield return Chain.Intact
            ? $"审计日志完整：共 {Chain.Count} 条记录，哈希链逐条校验通过，与 {CheckpointSource} 中的 {Chain.Checkpoints} 个检查点一致。"
            : $"审计日志被篡改：{Chain.Problem}（此前 {Chain.Count} 条校验通过）";
        if (Versions.Intact)
        {
            yield return $"申报版本完整：{Versions.Checked} 个版本的内容与其哈希一致。";
        }

        foreach (var version in Versions.Altered)
        {
            yield return $"申报版本被改动：{version}的内容与其哈希不符。";
        }

        // Said once there are reports at all.
        if (Reports is { Intact: true, Checked: > 0 })
        {
            yield return $"报告版本完整：{Reports.Checked} 个运行监控与自评报告版本的内容与其哈希一致。";
        }

        foreach (var report in Reports.Altered)
        {
            yield return $"报告版本被改动：{report}的内容与其哈希或提交时的审计记录不符。";
        }
    }
}
