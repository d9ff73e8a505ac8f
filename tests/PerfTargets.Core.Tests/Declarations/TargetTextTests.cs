using PerfTargets.Core.Declarations;

namespace PerfTargets.Core.Tests.Declarations;

public class TargetTextTests
{
    [Theory]
    [InlineData("≥95%", Comparator.GreaterOrEqual, 95, "%")]
    [InlineData(">=90", Comparator.GreaterOrEqual, 90, null)]
    [InlineData("≤ 6 小时", Comparator.LessOrEqual, 6, "小时")]
    [InlineData("150家", null, 150, "家")]
    [InlineData("＝１００％", Comparator.Equal, 100, "％")]
    [InlineData("约30万元", Comparator.Approximately, 30, "万元")]
    [InlineData("12,000条", null, 12000, "条")]
    public void A_target_written_as_on_paper_is_taken_apart(string text, Comparator? comparator, double number, string? unit)
    {
        TargetText.TrySplit(text, out var c, out var n, out var u).ShouldBeTrue();

        c.ShouldBe(comparator);
        n.ShouldBe((decimal)number);
        u.ShouldBe(unit);
    }

    [Theory]
    [InlineData("持续提升")]
    [InlineData("满意98%")]
    [InlineData("严格执行相关财经法规")]
    [InlineData("123456789012345678901")]
    public void Grades_and_impossible_numbers_are_not_targets(string text) =>
        TargetText.TrySplit(text, out _, out _, out _).ShouldBeFalse();

    [Theory]
    [InlineData("123456789012345678901", true)]
    [InlineData("1e5", true)]
    [InlineData("≥9.5.1", true)]
    [InlineData("持续提升", false)]
    [InlineData("满意98%", false)]
    public void Text_that_starts_like_a_number_is_known_as_such(string text, bool numeric) =>
        TargetText.LooksNumeric(text).ShouldBe(numeric);
}
