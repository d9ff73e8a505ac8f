using PerfTargets.Core.Declarations;

namespace PerfTargets.Core.Tests.Declarations;

public class IndicatorTargetTests
{
    [Fact]
    public void Quantitative_target_prints_comparator_number_and_unit() =>
        new IndicatorTarget { Comparator = Comparator.GreaterOrEqual, Value = 150m, Unit = "家" }.Display().ShouldBe("≥150家");

    [Fact]
    public void Decimal_places_of_the_stored_value_are_not_printed() =>
        new IndicatorTarget { Comparator = Comparator.Equal, Value = 100.00m, Unit = "%" }.Display().ShouldBe("=100%");

    [Fact]
    public void Grade_text_prints_as_written() =>
        new IndicatorTarget { Text = "持续提升" }.Display().ShouldBe("持续提升");

    [Fact]
    public void Seed_003_comparator_with_grade_text_keeps_both_parts() =>
        new IndicatorTarget { Comparator = Comparator.Equal, Text = "进一步增加", Unit = "%" }.Display().ShouldBe("=进一步增加%");

    [Fact]
    public void Empty_target_is_empty()
    {
        var target = new IndicatorTarget { Text = "  " };
        target.IsEmpty.ShouldBeTrue();
        new IndicatorTarget { Unit = "人" }.IsEmpty.ShouldBeFalse();
    }
}
