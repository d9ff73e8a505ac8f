using PerfTargets.Core.Review;

namespace PerfTargets.Core.Reports;

/// <summary>
/// A report as it was submitted (<see cref="FrozenVersion"/>), frozen, hashed and checked on every
/// read exactly as a <see cref="DeclarationVersion"/>.
/// </summary>
public sealed class ReportVersion : FrozenVersion
{
    public int ReportId { get; set; }

    public static ReportVersion Freeze(PerformanceReport report, int number, DateTime submittedAt, int? userId, string userName)
    {
        ArgumentNullException.ThrowIfNull(report);
        report.Lines = [.. report.Lines.OrderBy(l => l.IndicatorSequence)];
        var version = new ReportVersion { ReportId = report.Id };
        version.Capture(report, number, submittedAt, userId, userName);
        return version;
    }

    /// <summary>The frozen report; content changed behind the application throws <see cref="AlteredVersionException"/>.</summary>
    public PerformanceReport Read()
    {
        var report = Thaw<PerformanceReport>(Altered);
        report.Id = ReportId;
        report.Status = DeclarationStatus.Submitted;
        return report;
    }

    /// <summary>What is thrown when this version is not what was submitted: its content no longer hashes to its hash, or no keyed audit row vouches for that hash.</summary>
    public AlteredVersionException Altered() => new(Describe());

    private string Describe() =>
        $"版本内容与其哈希不符：报告（编号 {ReportId}）第 {Number} 版保存的内容已不是提交时的内容（哈希 {ShortHash}…），"
        + "可能在数据库中被改动，不能作为已提交或已审核的版本显示。已记入审计日志，请联系系统管理员。";
}
