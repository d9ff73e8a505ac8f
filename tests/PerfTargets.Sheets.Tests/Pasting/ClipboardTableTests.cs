using PerfTargets.Sheets.Pasting;

namespace PerfTargets.Sheets.Tests.Pasting;

public sealed class ClipboardTableTests
{
    [Fact]
    public void Rows_split_at_line_breaks_and_cells_at_tabs_without_the_trailing_break()
    {
        var rows = ClipboardTable.Parse("产出指标\t数量指标\t培训人次\r\n\t\t 发布预警 \r\n");

        rows.Count.ShouldBe(2);
        rows[0].ShouldBe(["产出指标", "数量指标", "培训人次"]);
        rows[1].ShouldBe([string.Empty, string.Empty, "发布预警"]);
    }

    [Fact]
    public void A_lone_carriage_return_ends_a_row_as_a_line_feed_does()
    {
        var rows = ClipboardTable.Parse("三级指标\r产出\r年度指标值\r");

        rows.Select(r => r.Single()).ShouldBe(["三级指标", "产出", "年度指标值"]);
        ClipboardTable.IsBlock("三级指标\r产出").ShouldBeTrue();
    }

    [Fact]
    public void A_quoted_cell_keeps_its_line_break_tab_and_doubled_quotes()
    {
        var rows = ClipboardTable.Parse("\"第一行\n第二行\"\t\"含\t制表\"\t\"他说\"\"好\"\"\"\n末行\tx");

        rows.Count.ShouldBe(2);
        rows[0].ShouldBe(["第一行\n第二行", "含\t制表", "他说\"好\""]);
        rows[1].ShouldBe(["末行", "x"]);
    }

    [Theory]
    [InlineData("≥95%", false)]
    [InlineData("≥95%\r\n", false)]
    [InlineData("≥95%\t个", true)]
    [InlineData("一行\r\n二行", true)]
    [InlineData(null, false)]
    public void A_block_is_more_than_one_cell(string? text, bool block) => ClipboardTable.IsBlock(text).ShouldBe(block);
}
