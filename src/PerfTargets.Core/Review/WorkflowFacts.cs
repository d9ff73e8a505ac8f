using PerfTargets.Core.Auditing;
using PerfTargets.Core.Rounds;

namespace PerfTargets.Core.Review;

/// <summary>
/// 操作依据: what a workflow action is decided on, gathered before anything is written. Every action
/// names the declaration (null when there is none with the id asked for), the concurrency stamp of
/// the state the user saw, and who acts.
/// </summary>
public abstract record WorkflowFacts(Declaration? Declaration, Guid LoadedStamp, AuditActor Actor);

/// <summary>提交: the facts a submission is decided on.</summary>
/// <param name="ErrorCount">The errors (错误) the declaration's check finds; a submission needs none.</param>
/// <param name="Readiness">Each section's readiness: a declaration is sent only to a section that can act.</param>
/// <param name="DepartmentName">The filing department's name, as the 流转记录 keeps it.</param>
/// <param name="DepartmentSealId">The department's current seal, borne by the submission; null if it has none.</param>
public sealed record SubmissionFacts(
    Declaration? Declaration, Guid LoadedStamp, AuditActor Actor, int ErrorCount, ReviewChain Chain, ResubmitRule Rule,
    IReadOnlyList<SectionReadiness> Readiness, string? DepartmentName, int? DepartmentSealId, SubmissionDeadline? Deadline = null)
    : WorkflowFacts(Declaration, LoadedStamp, Actor);

/// <summary>撤回: the facts a withdrawal is decided on.</summary>
/// <param name="CurrentVersion">The version under review; null before the first submission.</param>
/// <param name="ReviewedSinceSubmission">Whether a reviewer has acted on <paramref name="CurrentVersion"/>.</param>
public sealed record WithdrawalFacts(Declaration? Declaration, Guid LoadedStamp, AuditActor Actor, DeclarationVersion? CurrentVersion, bool ReviewedSinceSubmission)
    : WorkflowFacts(Declaration, LoadedStamp, Actor);

/// <summary>审核通过 or 退回: the facts a reviewer's decision is decided on.</summary>
/// <param name="CurrentVersion">The latest frozen version; null before the first submission.</param>
/// <param name="VersionActedOn">The id of the version the reviewer read and decided on.</param>
/// <param name="Opinion">审核意见 as typed; required for 退回.</param>
/// <param name="SectionSealId">The current seal of the reviewer's section; 审核通过 stamps with it.</param>
/// <param name="Readiness">Each section's readiness: an approval passes the declaration only to a section that can act.</param>
public sealed record ReviewerFacts(
    Declaration? Declaration, Guid LoadedStamp, AuditActor Actor, DeclarationVersion? CurrentVersion, int VersionActedOn, string? Opinion,
    ReviewChain Chain, int? SectionSealId, IReadOnlyList<SectionReadiness> Readiness)
    : WorkflowFacts(Declaration, LoadedStamp, Actor);

/// <summary>开启调整: the facts an adjustment of an approved declaration is decided on.</summary>
/// <param name="ApprovedVersion">The version the declaration stands approved with (its latest); null when it has none.</param>
/// <param name="Reason">调整原因 as typed; required.</param>
/// <param name="DepartmentName">The filing department's name, as the 流转记录 keeps it.</param>
public sealed record AdjustmentFacts(Declaration? Declaration, Guid LoadedStamp, AuditActor Actor, DeclarationVersion? ApprovedVersion, string? Reason, string? DepartmentName)
    : WorkflowFacts(Declaration, LoadedStamp, Actor);
