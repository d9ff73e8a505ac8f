using PerfTargets.Core.Declarations;

namespace PerfTargets.Core.Tests.Declarations;

public class IndicatorTreeTests
{
    private static Indicator Row(int sequence, string level1, string level2, string name) =>
        new() { Sequence = sequence, Level1 = level1, Level2 = level2, Name = name };

    [Fact]
    public void Groups_by_level_in_order_of_first_appearance_and_counts_rows()
    {
        var tree = IndicatorTree.Build(
        [
            Row(4, "效益指标", "社会效益指标", "宣传覆盖"),
            Row(1, "产出指标", "数量指标", "监测网站"),
            Row(3, "产出指标", "质量指标", "合规"),
            Row(2, "产出指标", "数量指标", "培训人次"),
        ]);

        tree.Level1s.Select(l => l.Name).ShouldBe(["产出指标", "效益指标"]);
        var output = tree.Level1s[0];
        output.RowCount.ShouldBe(3);
        output.Level2s.Select(l => l.Name).ShouldBe(["数量指标", "质量指标"]);
        output.Level2s[0].Indicators.Select(i => i.Name).ShouldBe(["监测网站", "培训人次"]);
        tree.Level1s[1].RowCount.ShouldBe(1);
    }

    [Fact]
    public void No_indicators_make_an_empty_tree() =>
        IndicatorTree.Build([]).Level1s.ShouldBeEmpty();
}
