using System.Text.Json;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Review;

namespace PerfTargets.Core.Reports;

/// <summary>
/// A report as it was submitted: frozen as JSON with its SHA-256, written once, checked against the
/// hash on every read, exactly as a <see cref="DeclarationVersion"/> (whose hashing it uses).
/// </summary>
public sealed class ReportVersion
{
    public int Id { get; set; }

    public int ReportId { get; set; }

    /// <summary>第 n 版, from 1 for each report.</summary>
    public int Number { get; set; }

    public string Content { get; set; } = string.Empty;

    /// <summary>SHA-256 of <see cref="Content"/>'s UTF-8 bytes, lower-case hex.</summary>
    public string ContentHash { get; set; } = string.Empty;

    public int? SubmittedById { get; set; }

    public string SubmittedBy { get; set; } = string.Empty;

    /// <summary>In UTC.</summary>
    public DateTime SubmittedAt { get; set; }

    public static ReportVersion Freeze(PerformanceReport report, int number, DateTime submittedAt, int? userId, string userName)
    {
        ArgumentNullException.ThrowIfNull(report);
        report.Lines = [.. report.Lines.OrderBy(l => l.IndicatorSequence)];
        var content = FrozenContent.Of(report);
        return new ReportVersion
        {
            ReportId = report.Id,
            Number = number,
            Content = content,
            ContentHash = DeclarationVersion.HashOf(content),
            SubmittedById = userId,
            SubmittedBy = userName,
            SubmittedAt = submittedAt,
        };
    }

    public bool Verifies() => FrozenContent.Verifies(Content, ContentHash);

    /// <summary>The frozen report; content changed behind the application throws <see cref="AlteredVersionException"/>.</summary>
    public PerformanceReport Read()
    {
        if (!Verifies())
        {
            throw Altered();
        }

        var report = JsonSerializer.Deserialize<PerformanceReport>(Content, DeclarationJson.Options)
            ?? throw new InvalidOperationException($"Report version {Id} holds no report.");
        report.Id = ReportId;
        report.Status = DeclarationStatus.Submitted;
        return report;
    }

    public string ShortHash => ContentHash.Length > 12 ? ContentHash[..12] : ContentHash;

    /// <summary>What is thrown when this version is not what was submitted: its content no longer hashes to its hash, or no keyed audit row vouches for that hash.</summary>
    public AlteredVersionException Altered() => new(Describe());

    private string Describe() =>
        $"版本内容与其哈希不符：报告（编号 {ReportId}）第 {Number} 版保存的内容已不是提交时的内容（哈希 {ShortHash}…），"
        + "可能在数据库中被改动，不能作为已提交或已审核的版本显示。已记入审计日志，请联系系统管理员。";
}
