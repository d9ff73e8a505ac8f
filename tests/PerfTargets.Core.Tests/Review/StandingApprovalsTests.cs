using PerfTargets.Core.Accounts;
using PerfTargets.Core.Review;

namespace PerfTargets.Core.Tests.Review;

public class StandingApprovalsTests
{
    private const int Business = 1, Performance = 2;
    private static readonly ReviewChain Chain = new([new ReviewSection { Id = Business, Name = "业务股室", Sequence = 1 }, new ReviewSection { Id = Performance, Name = "绩效管理股", Sequence = 2 }]);
    private readonly List<DeclarationEvent> events = [];

    private StandingApprovalsTests Then(DeclarationEventKind kind, int? section = null, int version = 1)
    {
        events.Add(new DeclarationEvent { Id = events.Count + 1, Kind = kind, SectionId = section, VersionNumber = version, Opinion = $"{kind} {section} v{version}" });
        return this;
    }

    private IReadOnlyDictionary<int, DeclarationEvent> Standing(int? awaiting = null) => StandingApprovals.For(events, Chain, awaiting);

    [Fact]
    public void A_draft_never_submitted_has_no_approvals()
    {
        Standing().ShouldBeEmpty();
    }

    [Fact]
    public void Each_section_that_approved_this_submission_has_its_box()
    {
        Then(DeclarationEventKind.Submitted).Then(DeclarationEventKind.Approved, Business).Then(DeclarationEventKind.Approved, Performance);
        Standing().Keys.ShouldBe([Business, Performance]);
    }

    [Fact]
    public void After_a_return_to_the_returning_section_the_earlier_approval_stands()
    {
        Then(DeclarationEventKind.Submitted).Then(DeclarationEventKind.Approved, Business).Then(DeclarationEventKind.Returned, Performance)
            .Then(DeclarationEventKind.Submitted, version: 2);
        var standing = Standing(awaiting: Performance);
        standing.Keys.ShouldBe([Business]);
        standing[Business].VersionNumber.ShouldBe(1);

        Then(DeclarationEventKind.Approved, Performance, version: 2);
        Standing().Keys.ShouldBe([Business, Performance]);
    }

    [Fact]
    public void When_the_chain_restarts_old_approvals_no_longer_count()
    {
        Then(DeclarationEventKind.Submitted).Then(DeclarationEventKind.Approved, Business).Then(DeclarationEventKind.Returned, Performance)
            .Then(DeclarationEventKind.Submitted, version: 2);
        Standing(awaiting: Business).ShouldBeEmpty();
    }

    [Fact]
    public void An_approval_from_before_a_return_by_the_same_section_does_not_count()
    {
        Then(DeclarationEventKind.Submitted).Then(DeclarationEventKind.Approved, Business).Then(DeclarationEventKind.Approved, Performance)
            .Then(DeclarationEventKind.Submitted, version: 2).Then(DeclarationEventKind.Returned, Business);
        Standing().ShouldBeEmpty();
    }
}
