using PerfTargets.Core.Declarations;
using PerfTargets.Core.Review;

namespace PerfTargets.Core.Tests.Review;

/// <summary>
/// 调整 read from the 流转记录: the adjustment under way, which approved version 调整后 applies to and
/// when, and the approvals each approved version stands on once a later one is approved.
/// </summary>
public class AdjustmentTests
{
    private const int Business = 1, Performance = 2;
    private const int First = 11, Returned = 12, Adjusted = 13;
    private static readonly DateTime Start = new(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly List<DeclarationEvent> events = [];

    private AdjustmentTests Then(DeclarationEventKind kind, int versionId, int? section = null)
    {
        events.Add(new DeclarationEvent
        {
            Id = events.Count + 1,
            Kind = kind,
            SectionId = section,
            VersionId = versionId,
            VersionNumber = versionId - 10,
            Opinion = kind == DeclarationEventKind.AdjustmentOpened ? "年中追加预算。" : $"{kind} {section}",
            At = Start.AddDays(events.Count),
        });
        return this;
    }

    private AdjustmentTests FirstApproval() =>
        Then(DeclarationEventKind.Submitted, First).Then(DeclarationEventKind.Approved, First, Business).Then(DeclarationEventKind.Approved, First, Performance);

    [Fact]
    public void An_adjustment_is_under_way_from_its_opening_until_a_later_version_is_approved()
    {
        FirstApproval();
        Adjustment.InProgress(DeclarationStatus.Approved, events).ShouldBeNull();

        Then(DeclarationEventKind.AdjustmentOpened, First);
        var adjustment = Adjustment.InProgress(DeclarationStatus.Draft, events)!;
        (adjustment.BasedOnVersion, adjustment.Reason, adjustment.BasedOnApprovedAt).ShouldBe((1, "年中追加预算。", Start.AddDays(2)));

        Then(DeclarationEventKind.Submitted, Returned).Then(DeclarationEventKind.Returned, Returned, Business);
        Adjustment.InProgress(DeclarationStatus.Draft, events)!.BasedOnVersion.ShouldBe(1);
        Then(DeclarationEventKind.Submitted, Adjusted).Then(DeclarationEventKind.Approved, Adjusted, Business);
        Adjustment.InProgress(DeclarationStatus.Submitted, events)!.BasedOnVersion.ShouldBe(1);
        Then(DeclarationEventKind.Approved, Adjusted, Performance);
        Adjustment.InProgress(DeclarationStatus.Approved, events).ShouldBeNull();
    }

    [Fact]
    public void A_declaration_never_adjusted_has_no_adjustment_under_way_whatever_its_state()
    {
        Then(DeclarationEventKind.Submitted, First).Then(DeclarationEventKind.Returned, First, Business);
        Adjustment.InProgress(DeclarationStatus.Draft, events).ShouldBeNull();
        Adjustment.InProgress(DeclarationStatus.Draft, []).ShouldBeNull();
    }

    [Fact]
    public void Only_a_version_approved_through_an_adjustment_says_adjusted_with_its_final_approval()
    {
        FirstApproval().Then(DeclarationEventKind.AdjustmentOpened, First)
            .Then(DeclarationEventKind.Submitted, Adjusted).Then(DeclarationEventKind.Approved, Adjusted, Business).Then(DeclarationEventKind.Approved, Adjusted, Performance);

        Adjustment.ApprovedAdjustmentAt(events, First).ShouldBeNull();
        Adjustment.ApprovedAdjustmentAt(events, Adjusted).ShouldBe(Start.AddDays(6));
    }

    [Fact]
    public void Each_approved_version_stands_on_the_approvals_of_its_own_way_through_the_chain()
    {
        FirstApproval().Then(DeclarationEventKind.AdjustmentOpened, First)
            .Then(DeclarationEventKind.Submitted, Returned).Then(DeclarationEventKind.Approved, Returned, Business).Then(DeclarationEventKind.Returned, Returned, Performance)
            .Then(DeclarationEventKind.Submitted, Adjusted);

        // While the adjustment is under review, 第 1 版 keeps its own approvals, not the adjustment's.
        StandingApprovals.AtApprovalOf(events, First).Select(a => (a.SectionId, a.VersionId)).ShouldBe([(Business, First), (Performance, First)]);

        Then(DeclarationEventKind.Approved, Adjusted, Performance);
        StandingApprovals.AtApprovalOf(events, First).Select(a => (a.SectionId, a.VersionId)).ShouldBe([(Business, First), (Performance, First)]);
        // The adjustment resumed at 绩效管理股: 业务股室's approval of 第 2 版 stands, none of 第 1 版's.
        StandingApprovals.AtApprovalOf(events, Adjusted).Select(a => (a.SectionId, a.VersionId)).ShouldBe([(Business, Returned), (Performance, Adjusted)]);
        StandingApprovals.AtApprovalOf(events, 99).ShouldBeEmpty();
    }
}
