using PerfTargets.Core.Accounts;
using PerfTargets.Core.Auditing;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Review;

namespace PerfTargets.Core.Tests.Review;

public class ReviewChainTests
{
    private static ReviewChain Chain(params (int Id, bool Disabled)[] sections) =>
        new(sections.Select((s, i) => new ReviewSection { Id = s.Id, Name = $"科室{s.Id}", Sequence = i + 1, IsDisabled = s.Disabled }));

    private static SubmissionFacts Submission(Declaration declaration, ReviewChain chain) =>
        new(declaration, declaration.ConcurrencyStamp, new AuditActor(1, "filer", declaration.DepartmentId, null, null), 0, chain,
            ResubmitRule.ResumeAtReturningSection, [], null, null);

    [Fact]
    public void A_disabled_section_is_skipped_but_still_found_by_name()
    {
        var chain = Chain((1, true), (2, false), (3, true), (4, false));

        chain.First!.Id.ShouldBe(2);
        chain.After(2)!.Id.ShouldBe(4);
        chain.After(4).ShouldBeNull();
        chain.Find(3)!.Name.ShouldBe("科室3");
        chain.FindActive(3).ShouldBeNull();
        chain.FromSection(2).ShouldBe([2, 3, 4]);
    }

    [Fact]
    public void A_chain_of_disabled_sections_only_takes_no_submission()
    {
        var chain = Chain((1, true));
        var declaration = new Declaration();

        chain.IsEmpty.ShouldBeTrue();
        ReviewWorkflow.Submit(Submission(declaration, chain)).Outcome.Reason.ShouldBe(WorkflowRefusal.Incomplete);
        declaration.Status.ShouldBe(DeclarationStatus.Draft);
    }

    [Fact]
    public void A_resubmission_returned_by_a_section_since_disabled_starts_the_chain()
    {
        var declaration = new Declaration();
        declaration.Review.ReturnedBySectionId = 2;

        var decision = ReviewWorkflow.Submit(Submission(declaration, Chain((1, false), (2, true))));
        decision.Outcome.Done.ShouldBeTrue();
        decision.ApplyTo(declaration, DateTime.UtcNow);

        declaration.Review.AwaitingSectionId.ShouldBe(1);
    }
}
