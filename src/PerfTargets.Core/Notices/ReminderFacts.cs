using PerfTargets.Core.Review;
using PerfTargets.Core.Rounds;

namespace PerfTargets.Core.Notices;

/// <summary>An account that may be told: the department it files for, or the section it reviews.</summary>
public sealed record NoticeRecipient(int UserId, int? DepartmentId, int? SectionId);

/// <summary>A review step its department is told of: a return (退回), or the approval that finished the review (批复).</summary>
public sealed record ReviewStepFact(int EventId, int DeclarationId, string ProjectName, int DepartmentId, DeclarationEventKind Kind, string? ActingFor, string? Opinion);

/// <summary>A declaration waiting on a section since <see cref="Since"/> (UTC): when it reached that section.</summary>
public sealed record WaitingFact(int DeclarationId, string ProjectName, int SectionId, DateTime Since);

/// <summary>What the reminder sweep reads: the open rounds' desks, recent review steps, the queues, and who may be told.</summary>
public sealed record ReminderFacts(
    IReadOnlyList<RoundDesk> Rounds,
    IReadOnlyList<ReviewStepFact> Steps,
    IReadOnlyList<WaitingFact> Waiting,
    IReadOnlyList<NoticeRecipient> Recipients);
