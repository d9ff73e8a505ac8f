using PerfTargets.Core.Declarations;
using PerfTargets.Core.Library;

namespace PerfTargets.Core.Tests.Library;

public class IndicatorHistoryTests
{
    private static Declaration Approved(int department, int year, DateTimeOffset updated, params Indicator[] indicators) =>
        new() { DepartmentId = department, BudgetYear = year, UpdatedAt = updated, Indicators = [.. indicators] };

    private static Indicator Row(string name, decimal value, string unit = "%", string level2 = "质量指标") => new()
    {
        Level1 = "产出指标", Level2 = level2, Name = name, Nature = IndicatorNature.Quantitative,
        Annual = new IndicatorTarget { Comparator = Comparator.GreaterOrEqual, Value = value, Unit = unit },
    };

    [Fact]
    public void One_entry_per_department_and_name_with_the_value_of_each_year_in_order_the_later_declaration_winning_within_a_year()
    {
        var day = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var history = IndicatorHistory.Gather(
        [
            Approved(1, 2024, day, Row("验收合格率", 98)),
            Approved(1, 2023, day, Row("验收合格率", 95)),
            Approved(1, 2024, day.AddDays(1), Row("验收合格率 ", 99), Row("不适用", 0)),
            Approved(2, 2024, day, Row("验收合格率", 90)),
        ]);

        history.Count.ShouldBe(2);
        var own = history.Single(h => h.DepartmentId == 1);
        own.Values.ShouldBe([new YearValue(2023, "≥95%"), new YearValue(2024, "≥99%")]);
        own.LastValue.Value.ShouldBe("≥99%");
        own.LastAnnual!.Display().ShouldBe("≥99%");
        own.Unit.ShouldBe("%");
    }

    [Fact]
    public void A_history_indicator_matches_every_word_and_the_levels_asked_for()
    {
        var indicator = IndicatorHistory.Gather([Approved(1, 2024, DateTimeOffset.UnixEpoch, Row("设备验收合格率", 98))])[0];

        IndicatorHistory.Matches(indicator, new LibraryQuery("合格 设备")).ShouldBeTrue();
        IndicatorHistory.Matches(indicator, new LibraryQuery("合格 工程")).ShouldBeFalse();
        IndicatorHistory.Matches(indicator, new LibraryQuery("合格", Level2: "数量指标")).ShouldBeFalse();
        IndicatorHistory.Matches(indicator, new LibraryQuery("sbys 合格")).ShouldBeTrue();
        IndicatorHistory.Matches(indicator, new LibraryQuery("gcys")).ShouldBeFalse();
    }
}
