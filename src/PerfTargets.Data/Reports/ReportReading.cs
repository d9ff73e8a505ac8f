using PerfTargets.Core.Declarations;
using PerfTargets.Core.Reports;
using PerfTargets.Core.Review;

namespace PerfTargets.Data.Reports;

/// <summary>
/// A report as readers see it, beside the approved declaration it answers to: a draft as it stands;
/// once submitted, its latest frozen version (hash checked), with the live row's state.
/// </summary>
/// <param name="Version">The report's latest frozen version; null for a draft never submitted.</param>
public sealed record ReportReading(PerformanceReport Report, Declaration Approved, DeclarationVersion ApprovedVersion, ReportVersion? Version, string DepartmentName)
{
    public bool IsDraft => Report.Status == DeclarationStatus.Draft;
}
