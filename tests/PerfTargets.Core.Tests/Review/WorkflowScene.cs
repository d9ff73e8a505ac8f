using PerfTargets.Core.Accounts;
using PerfTargets.Core.Auditing;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Review;
using PerfTargets.Core.Rounds;

namespace PerfTargets.Core.Tests.Review;

/// <summary>
/// The facts of a workflow action with sensible defaults — a 山海关 declaration, a chain of 业务股室 (1)
/// then 绩效管理股 (2), both ready — for each test to change one thing.
/// </summary>
internal static class WorkflowScene
{
    public const int Business = 1;
    public const int Performance = 2;
    public const int DepartmentSeal = 70;
    public const int SectionSeal = 80;
    public const int VersionId = 5;

    public static readonly AuditActor Filer = new(10, "filer-shanhaiguan", 1, null, null);

    public static ReviewChain Chain(bool performanceDisabled = false) => new(
    [
        new ReviewSection { Id = Business, Name = "业务股室", Sequence = 1 },
        new ReviewSection { Id = Performance, Name = "绩效管理股", Sequence = 2, IsDisabled = performanceDisabled },
    ]);

    public static AuditActor Reviewer(int sectionId) => new(20 + sectionId, "reviewer", null, sectionId, null);

    public static Declaration Draft() => new() { Id = 3, DepartmentId = 1, ProjectName = "网络舆情综合管理" };

    public static Declaration AwaitingSection(int sectionId) => new()
    {
        Id = 3,
        DepartmentId = 1,
        Status = DeclarationStatus.Submitted,
        Review = new ReviewPosition { AwaitingSectionId = sectionId, VersionCount = 1, SubmittedAt = new DateTime(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc) },
    };

    public static Declaration Approved() => new()
    {
        Id = 3,
        DepartmentId = 1,
        Status = DeclarationStatus.Approved,
        Review = new ReviewPosition { VersionCount = 1, SubmittedAt = new DateTime(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc) },
    };

    public static AdjustmentFacts Adjusting(Declaration? declaration, string? reason = "年中追加预算，调整产出指标。", AuditActor? actor = null, Guid? stamp = null) =>
        new(declaration, stamp ?? declaration?.ConcurrencyStamp ?? Guid.Empty, actor ?? Filer,
            declaration is { Status: DeclarationStatus.Approved } ? Version() : null, reason, "山海关区委网信办");

    public static DeclarationVersion Version() => new() { Id = VersionId, DeclarationId = 3, Number = 1, ContentHash = new string('c', 64) };

    public static IReadOnlyList<SectionReadiness> Ready(ReviewChain chain, int? lacksReviewer = null) =>
        [.. chain.Sections.Select(s => new SectionReadiness(s, s.Id != lacksReviewer, true))];

    public static SubmissionFacts Submission(Declaration? declaration, AuditActor? actor = null, int errors = 0, ReviewChain? chain = null,
        ResubmitRule rule = ResubmitRule.ResumeAtReturningSection, int? lacksReviewer = null, Guid? stamp = null, SubmissionDeadline? deadline = null)
    {
        chain ??= Chain();
        return new SubmissionFacts(declaration, stamp ?? declaration?.ConcurrencyStamp ?? Guid.Empty, actor ?? Filer, errors, chain, rule,
            Ready(chain, lacksReviewer), "山海关区委网信办", DepartmentSeal, deadline);
    }

    public static WithdrawalFacts Withdrawal(Declaration? declaration, bool reviewed = false, bool hasVersion = true, AuditActor? actor = null, Guid? stamp = null) =>
        new(declaration, stamp ?? declaration?.ConcurrencyStamp ?? Guid.Empty, actor ?? Filer, hasVersion ? Version() : null, reviewed);

    public static ReviewerFacts Reviewing(Declaration? declaration, AuditActor actor, string? opinion = null, int versionActedOn = VersionId,
        int? sealId = SectionSeal, ReviewChain? chain = null, int? lacksReviewer = null, Guid? stamp = null)
    {
        chain ??= Chain();
        return new ReviewerFacts(declaration, stamp ?? declaration?.ConcurrencyStamp ?? Guid.Empty, actor, declaration is null ? null : Version(),
            versionActedOn, opinion, chain, sealId, Ready(chain, lacksReviewer));
    }
}
