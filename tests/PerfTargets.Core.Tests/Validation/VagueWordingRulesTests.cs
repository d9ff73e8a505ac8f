using PerfTargets.Core.Validation;
using PerfTargets.Core.Validation.Review;
using static PerfTargets.Core.Tests.Validation.ValidDeclaration;

namespace PerfTargets.Core.Tests.Validation;

public class VagueWordingRulesTests
{
    [Theory]
    [InlineData("持续提升")]
    [InlineData("明显")]
    [InlineData("进一步优化")]
    public void R24_a_qualitative_target_of_trend_words_only_is_warned(string text)
    {
        var declaration = Create();
        declaration.Indicators[3].Annual.Text = text;

        var problem = SingleProblem(declaration);

        problem.Rule.ShouldBe(DeclarationRule.VagueWording);
        problem.Path.ShouldBe("indicators[3].annual");
    }

    [Theory]
    [InlineData("明显提升，达到良好")]
    [InlineData("较上年提高5个百分点")]
    [InlineData("建成并通过验收")]
    public void R24_a_grade_a_number_or_a_checkable_state_passes(string text)
    {
        var declaration = Create();
        declaration.Indicators[3].Annual.Text = text;

        Check(declaration).ShouldNotContain(p => p.Rule == DeclarationRule.VagueWording);
    }

    [Fact]
    public void R24_the_vague_words_are_the_installations_list()
    {
        var declaration = Create();
        declaration.Indicators[3].Annual.Text = "大为改观";

        Check(declaration).ShouldBeEmpty();
        var settings = new RuleSettings();
        settings.VagueWords.Add("改观");
        DeclarationCheck.Problems(declaration, Framework(), settings).Single().Rule.ShouldBe(DeclarationRule.VagueWording);
    }
}
