using System.ComponentModel;
using PerfTargets.Core.Reports;
using PerfTargets.Web.Pages.Declarations.Reports;

namespace PerfTargets.Web.Api;

/// <summary>新建报告: which report, and for 运行监控 the monitoring date.</summary>
public sealed class ReportOpenRequest
{
    [Description("报告类别：Monitoring 运行监控、SelfEvaluation 绩效自评")]
    public ReportKind Kind { get; set; }

    [Description("运行监控的监控时点（如 2023-06-30，须为设定的监控时点之一）；自评不填")]
    public DateOnly? AsOf { get; set; }
}

/// <summary>
/// 保存报告: the stamp read, and the answers as the report's form takes them — amounts in the
/// declaration's money unit, numbers as written ("95", "1,200.5"), each line by its indicator's sequence.
/// </summary>
public sealed class ReportSaveRequest
{
    [Description("并发标记：读取报告时得到的 concurrencyStamp（也可放在请求头 If-Match）")]
    public Guid? ConcurrencyStamp { get; set; }

    [Description("全年预算数（按申报表的金额单位）")]
    public string? Budget { get; set; }

    [Description("执行数（截至监控时点或全年，按申报表的金额单位）")]
    public string? Executed { get; set; }

    [Description("资金执行偏差原因")]
    public string? FundingReason { get; set; }

    [Description("资金执行纠偏措施")]
    public string? FundingMeasure { get; set; }

    [Description("总体完成情况")]
    public string? Summary { get; set; }

    [Description("各三级指标的填报：sequence 为申报表中指标的序号")]
    public List<LineForm>? Lines { get; set; } = [];

    /// <summary>The answers as the report page's form holds them, to be read as the page reads them.</summary>
    public ReportForm ToForm() => new()
    {
        Budget = Budget,
        Executed = Executed,
        FundingReason = FundingReason,
        FundingMeasure = FundingMeasure,
        Summary = Summary,
        Lines = Lines ?? [],
    };
}

/// <summary>A report as the API answers it: the report (a draft as it stands; once submitted, its latest frozen version), and what it answers to.</summary>
/// <param name="ApprovedVersion">第 n 版 of the declaration the report measures against.</param>
/// <param name="Version">The report's latest frozen version number; null for a draft never submitted.</param>
/// <param name="ContentHash">SHA-256 of that frozen version.</param>
public sealed record ReportResource(PerformanceReport Report, string Title, int ApprovedVersion, int? Version, string? ContentHash);

/// <summary>One report in the list of a declaration's reports.</summary>
public sealed record ReportSummary(int Id, ReportKind Kind, DateOnly AsOf, string Title, Core.Declarations.DeclarationStatus Status, Signal? Signal, decimal? Total, string? Grade);
