using PerfTargets.Core.Printing;

namespace PerfTargets.Core.Reports;

/// <summary>
/// What a 项目支出绩效自评表 prints: the approved declaration's targets and money, the 自评 report as
/// submitted, its score, the 审核意见 of the sections that approved it with their seals, and the
/// frozen version's number and hash by which the print is checked.
/// </summary>
public sealed record SelfEvaluationPrint(
    Declaration Approved,
    PerformanceReport Report,
    SelfEvaluationScore Score,
    string SupervisingDepartment,
    string ImplementingUnit,
    IReadOnlyList<ReviewBox> Reviews,
    int VersionNumber,
    string ContentHash)
{
    public const string Title = "项目支出绩效自评表";

    public string YearLine => $"（{Report.AsOf.Year}年度）";
}
