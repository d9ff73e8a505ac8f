using System.Text.Json.Serialization;
using PerfTargets.Core.Review;

namespace PerfTargets.Core.Reports;

/// <summary>
/// A report a department files on an approved declaration, against the targets of that approved
/// version: a 绩效运行监控 as of a monitoring date, or the year's 绩效自评 (as of 12月31日). It carries
/// the 资金执行 and one <see cref="ReportLine"/> per 三级 indicator of the version it names.
/// </summary>
public sealed class PerformanceReport : IReviewed
{
    public int Id { get; set; }

    public int DeclarationId { get; set; }

    /// <summary>The declaration's filing department, which files the report.</summary>
    public int DepartmentId { get; set; }

    /// <summary>The approved <see cref="DeclarationVersion"/> whose targets the report answers to.</summary>
    public int DeclarationVersionId { get; set; }

    public ReportKind Kind { get; set; }

    /// <summary>The date the report speaks as of: a monitoring date, or 31 December for a 自评.</summary>
    public DateOnly AsOf { get; set; }

    /// <summary>草稿 → 已提交 → 已批复 (审核通过 by the last section), as a declaration.</summary>
    public DeclarationStatus Status { get; set; }

    /// <summary>Where it stands in the review chain: workflow state, not part of the frozen content.</summary>
    [JsonIgnore]
    public ReviewPosition Review { get; set; } = new();

    public FundingExecution Funding { get; set; } = new();

    /// <summary>年度总体目标的实际完成情况 (自评), or the progress in words (监控).</summary>
    public string? Summary { get; set; }

    public List<ReportLine> Lines { get; set; } = [];

    /// <summary>What messages call it: 运行监控报告, 自评报告.</summary>
    [JsonIgnore]
    public string ReviewNoun => Kind == ReportKind.Monitoring ? "运行监控报告" : "自评报告";

    /// <summary>The report as a list or a history names it: 2026年6月30日运行监控, 2026年度绩效自评.</summary>
    [JsonIgnore]
    public string Title => Kind == ReportKind.Monitoring ? $"{AsOf.Year}年{AsOf.Month}月{AsOf.Day}日运行监控" : $"{AsOf.Year}年度绩效自评";

    /// <summary>Changes on every save; a save carrying an older stamp is refused.</summary>
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The line answering for the indicator with this sequence; null when there is none.</summary>
    public ReportLine? LineFor(int indicatorSequence) => Lines.Find(l => l.IndicatorSequence == indicatorSequence);

    /// <summary>
    /// A new draft on <paramref name="approved"/> (the approved version <paramref name="versionId"/>):
    /// one empty line per indicator that applies, the budget copied from the 年度资金总额.
    /// </summary>
    public static PerformanceReport Open(Declaration approved, int versionId, ReportKind kind, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(approved);
        return new PerformanceReport
        {
            DeclarationId = approved.Id,
            DepartmentId = approved.DepartmentId,
            DeclarationVersionId = versionId,
            Kind = kind,
            AsOf = asOf,
            Status = DeclarationStatus.Draft,
            Funding = new FundingExecution { InitialBudget = approved.AnnualFunding.Total, Budget = approved.AnnualFunding.Total },
            Lines = [.. approved.Indicators.Where(i => !i.IsNotApplicable).OrderBy(i => i.Sequence).Select(i => new ReportLine { IndicatorSequence = i.Sequence })],
        };
    }
}
