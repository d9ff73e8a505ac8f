using PerfTargets.Core.Rounds;

namespace PerfTargets.Core.Tests.Rounds;

/// <summary>延期: a day after the close and a reason; taking it back needs neither.</summary>
public class ExtensionValidatorTests
{
    private static readonly DateOnly Close = new(2024, 3, 31);

    private static IEnumerable<string> Messages(DateOnly? until, string? reason) =>
        new ExtensionValidator().Validate(new Extension(Close, until, reason)).Errors.Select(e => e.ErrorMessage);

    [Fact]
    public void A_later_day_with_a_reason_passes_and_taking_it_back_needs_nothing()
    {
        Messages(new(2024, 4, 10), "单位负责人出差").ShouldBeEmpty();
        Messages(null, null).ShouldBeEmpty();
    }

    [Fact]
    public void A_day_not_after_the_close_or_no_reason_or_a_long_one_is_told()
    {
        Messages(Close, "理由").ShouldBe(["延期日期应晚于批次截止日期 2024-03-31。"]);
        Messages(new(2024, 4, 10), null).ShouldBe(["请写明延期原因。"]);
        Messages(new(2024, 4, 10), new string('长', RoundLimits.ExtensionReason + 1)).ShouldBe([$"延期原因不能超过 {RoundLimits.ExtensionReason} 个字。"]);
        Messages(new(2024, 4, 10), "出差\u001B").ShouldHaveSingleItem().ShouldContain("U+001B");
    }
}
