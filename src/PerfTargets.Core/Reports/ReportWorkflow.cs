using PerfTargets.Core.Auditing;
using PerfTargets.Core.Review;

namespace PerfTargets.Core.Reports;

/// <summary>
/// 提交, 审核通过 and 退回 of a report, through the same review chain and by the same checks as a
/// declaration (<see cref="ReviewWorkflow"/>): only the filing department submits, only the section
/// whose turn it is decides, approval stamps with the section's seal, a return needs an opinion.
/// </summary>
public static class ReportWorkflow
{
    public static ReviewDecision Submit(ReportSubmissionFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return ReviewWorkflow.CheckFiler(facts.Report, facts.LoadedStamp, facts.Actor)
            ?? ReviewWorkflow.CheckDraft(facts.Report!)
            ?? ReviewWorkflow.CheckErrors(facts.ErrorCount)
            ?? ReviewWorkflow.SendToChain(facts.Report!, facts.Chain, facts.Rule, facts.Readiness, facts.DepartmentName, facts.DepartmentSealId);
    }

    public static ReviewDecision Approve(ReportReviewFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return CheckReviewer(facts, opinionRequired: false)
            ?? ReviewWorkflow.Stamp(facts.Actor, facts.Opinion, facts.Chain, facts.SectionSealId, facts.Readiness);
    }

    public static ReviewDecision Return(ReportReviewFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return CheckReviewer(facts, opinionRequired: true) ?? ReviewWorkflow.SendBack(facts.Actor, facts.Opinion, facts.Chain);
    }

    private static ReviewDecision? CheckReviewer(ReportReviewFacts facts, bool opinionRequired) =>
        ReviewWorkflow.CheckReviewerTurn(facts.Report, facts.LoadedStamp, facts.Actor, facts.CurrentVersionId, facts.VersionActedOn)
        ?? ReviewWorkflow.CheckOpinion(facts.Opinion, opinionRequired);
}

/// <summary>提交 of a report: the report (null when none by that id), the stamp the filer saw, the errors its check finds.</summary>
public sealed record ReportSubmissionFacts(
    PerformanceReport? Report, Guid LoadedStamp, AuditActor Actor, int ErrorCount, ReviewChain Chain, ResubmitRule Rule,
    IReadOnlyList<SectionReadiness> Readiness, string? DepartmentName, int? DepartmentSealId);

/// <summary>审核通过 or 退回 of a report: as <see cref="ReviewerFacts"/>, the versions named by id.</summary>
public sealed record ReportReviewFacts(
    PerformanceReport? Report, Guid LoadedStamp, AuditActor Actor, int? CurrentVersionId, int VersionActedOn, string? Opinion,
    ReviewChain Chain, int? SectionSealId, IReadOnlyList<SectionReadiness> Readiness);
