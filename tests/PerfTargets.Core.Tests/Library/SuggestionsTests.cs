using PerfTargets.Core.Declarations;
using PerfTargets.Core.Library;

namespace PerfTargets.Core.Tests.Library;

public class SuggestionsTests
{
    private static HistoryIndicator Used(int department, string name) =>
        new(department, "产出指标", "质量指标", name, IndicatorNature.Quantitative, "%", Comparator.GreaterOrEqual, null, [new YearValue(2024, "≥95%")]);

    private static LibraryEntry Entry(string name, string sectors = "") =>
        new() { Level1 = "产出指标", Level2 = "质量指标", Name = name, Sectors = sectors, Source = "财预〔2021〕101号" };

    [Fact]
    public void Own_history_then_shared_then_the_sector_then_common_and_a_name_from_history_is_not_repeated()
    {
        var ranked = Suggestions.Rank(1,
            [Used(2, "他单位合格率"), Used(1, "本单位合格率")],
            [Entry("共性合格率"), Entry("本单位合格率"), Entry("信息化合格率", "信息化,运维")],
            "信息化", limit: 10);

        ranked.Select(s => (s.Kind, s.Name)).ShouldBe(
        [
            (SuggestionKind.OwnHistory, "本单位合格率"),
            (SuggestionKind.SharedHistory, "他单位合格率"),
            (SuggestionKind.Sector, "信息化合格率"),
            (SuggestionKind.Common, "共性合格率"),
        ]);
        ranked[0].Values.ShouldHaveSingleItem().Value.ShouldBe("≥95%");
    }

    [Fact]
    public void Without_a_sector_every_library_entry_is_common_in_the_order_the_search_gave_and_the_limit_cuts()
    {
        var ranked = Suggestions.Rank(null, [], [Entry("乙", "信息化"), Entry("甲")], sector: null, limit: 1);

        ranked.ShouldHaveSingleItem().ShouldSatisfyAllConditions(s => s.Kind.ShouldBe(SuggestionKind.Common), s => s.Name.ShouldBe("乙"));
    }
}
