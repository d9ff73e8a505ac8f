using PerfTargets.Core.Declarations;
using PerfTargets.Core.Review;

namespace PerfTargets.Core.Tests.Review;

public class FilingStatesTests
{
    [Fact]
    public void A_draft_back_from_a_reviewer_is_returned_and_one_never_returned_a_draft()
    {
        FilingStates.Of(DeclarationStatus.Draft, new ReviewPosition()).ShouldBe(FilingState.Draft);
        FilingStates.Of(DeclarationStatus.Draft, new ReviewPosition { ReturnedBySectionId = 2, VersionCount = 1 }).ShouldBe(FilingState.Returned);
        FilingStates.Of(DeclarationStatus.Submitted, new ReviewPosition { AwaitingSectionId = 2, ReturnedBySectionId = 2 }).ShouldBe(FilingState.Submitted);
        FilingStates.Of(DeclarationStatus.Approved, new ReviewPosition()).ShouldBe(FilingState.Approved);
    }

    [Fact]
    public void An_approved_declaration_is_not_edited_and_the_filer_is_pointed_to_the_adjustment()
    {
        WorkflowStatus.WhyNotEditable(DeclarationStatus.Draft).ShouldBeNull();
        WorkflowStatus.WhyNotEditable(DeclarationStatus.Approved).ShouldBe(
            "该申报表当前为“已批复”，不能再修改。如需调整本年度的内容，请在申报表页面开启调整（须填写调整原因）；下一年度的项目请复制为新年度。");
    }

    [Fact]
    public void The_query_keeps_what_the_test_says_for_every_state()
    {
        var declarations = new[]
        {
            new Declaration { Id = 1, Status = DeclarationStatus.Draft },
            new Declaration { Id = 2, Status = DeclarationStatus.Draft, Review = new ReviewPosition { ReturnedBySectionId = 5 } },
            new Declaration { Id = 3, Status = DeclarationStatus.Submitted, Review = new ReviewPosition { AwaitingSectionId = 5 } },
            new Declaration { Id = 4, Status = DeclarationStatus.Submitted, Review = new ReviewPosition { AwaitingSectionId = 6 } },
            new Declaration { Id = 5, Status = DeclarationStatus.Approved },
        }.AsQueryable();

        foreach (var state in FilingStates.All)
        {
            declarations.WhereState(state).Select(d => d.Id)
                .ShouldBe(declarations.Where(d => FilingStates.Of(d.Status, d.Review) == state).Select(d => d.Id), state.ToString());
        }

        declarations.WhereAwaiting(6).Select(d => d.Id).ShouldBe([4]);
    }

    [Theory]
    [InlineData("returned", FilingState.Returned)]
    [InlineData(" Approved ", FilingState.Approved)]
    public void Its_words_read_back(string word, FilingState state)
    {
        FilingStates.TryParse(word, out var read).ShouldBeTrue();
        read.ShouldBe(state);
        state.Word().ShouldBe(word.Trim().ToLowerInvariant());
    }

    [Fact]
    public void Anything_else_is_not_a_state() => FilingStates.TryParse("pending", out _).ShouldBeFalse();
}
