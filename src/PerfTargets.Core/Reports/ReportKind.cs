namespace PerfTargets.Core.Reports;

/// <summary>What a report on an approved declaration is: 运行监控 (one per monitoring period) or 绩效自评 (one per year).</summary>
public enum ReportKind
{
    /// <summary>绩效运行监控</summary>
    Monitoring = 0,

    /// <summary>绩效自评</summary>
    SelfEvaluation = 1,
}

public static class ReportKinds
{
    public static string Label(this ReportKind kind) => kind switch
    {
        ReportKind.Monitoring => "绩效运行监控",
        ReportKind.SelfEvaluation => "绩效自评",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The kind as a URL and the API name it: monitoring, self-evaluation.</summary>
    public static string Slug(this ReportKind kind) => kind == ReportKind.Monitoring ? "monitoring" : "self-evaluation";
}
