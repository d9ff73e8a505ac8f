using System.Text;
using PerfTargets.Pdf.Composition.Text;

namespace PerfTargets.Pdf.Tests.Composition;

/// <summary>Line breaking with every character 10 points wide, so that widths are whole characters.</summary>
public class LineBreakingTests
{
    private static List<string> Lines(string text, int charactersPerLine)
    {
        var glyphs = TextSanitizer.Printable(text).Select(r => new TextGlyph(r, TextStyle.Default, r.Value == '\n' ? 0 : 10)).ToList();
        return [.. ParagraphLayout.Lines(glyphs, charactersPerLine * 10).Select(l => string.Concat(glyphs.Skip(l.Start).Take(l.End - l.Start).Select(g => g.Rune.ToString())))];
    }

    [Fact]
    public void Chinese_breaks_between_any_two_characters()
    {
        Lines("项目支出绩效目标申报表", 4).ShouldBe(["项目支出", "绩效目标", "申报表"]);
    }

    [Theory]
    [InlineData("一二三四，五六", "一二三", "四，五六")]
    [InlineData("一二三四。五六", "一二三", "四。五六")]
    [InlineData("一二三四）五六", "一二三", "四）五六")]
    [InlineData("一二三四%五六", "一二三", "四%五六")]
    public void A_closing_mark_never_starts_a_line(string text, string first, string second)
    {
        Lines(text, 4).ShouldBe([first, second]);
    }

    [Fact]
    public void An_opening_mark_never_ends_a_line()
    {
        Lines("一二三（四五六", 4).ShouldBe(["一二三", "（四五六"]);
    }

    [Fact]
    public void Latin_words_break_at_spaces_and_keep_together()
    {
        Lines("budget lines total", 8).ShouldBe(["budget", "lines", "total"]);
    }

    [Fact]
    public void A_word_longer_than_the_line_is_cut_inside()
    {
        Lines("abcdefghij", 4).ShouldBe(["abcd", "efgh", "ij"]);
    }

    [Fact]
    public void A_target_with_its_unit_stays_whole()
    {
        Lines("达到≥95%以上", 4).ShouldBe(["达到", "≥95%", "以上"]);
    }

    [Fact]
    public void Line_breaks_are_kept_and_empty_lines_take_their_height()
    {
        var glyphs = TextSanitizer.Printable("目标1\r\n\r\n目标2").Select(r => new TextGlyph(r, TextStyle.Default, 10)).ToList();
        var lines = ParagraphLayout.Lines(glyphs, 100);
        lines.Count.ShouldBe(3);
        lines[1].Height.ShouldBe(TextStyle.Default.Size * TextStyle.Default.LineHeight);
    }

    [Fact]
    public void Control_and_format_characters_are_left_out_and_tabs_become_spaces()
    {
        string.Concat(TextSanitizer.Printable("甲\u0007乙\u200B丙\t丁\u0000").Select(r => r.ToString())).ShouldBe("甲乙丙 丁");
    }

    [Fact]
    public void Characters_outside_the_basic_plane_are_one_glyph()
    {
        TextSanitizer.Printable("𠀀😀").Select(r => r.Value).ShouldBe([0x20000, 0x1F600]);
        Lines("𠀀𠀀𠀀", 2).ShouldBe(["𠀀𠀀", "𠀀"]);
        Encoding.UTF8.GetByteCount(Lines("𠀀𠀀𠀀", 2)[1]).ShouldBe(4);
    }

    private static List<string> WordLines(string[] words, int charactersPerLine)
    {
        var glyphs = new List<TextGlyph>();
        var starts = new HashSet<int>();
        foreach (var word in words)
        {
            starts.Add(glyphs.Count);
            glyphs.AddRange(TextSanitizer.Printable(word).Select(r => new TextGlyph(r, TextStyle.Default, 10)));
        }

        return [.. ParagraphLayout.WordLines(glyphs, charactersPerLine * 10, starts).Select(l => string.Concat(glyphs.Skip(l.Start).Take(l.End - l.Start).Select(g => g.Rune.ToString())))];
    }

    [Theory]
    [InlineData(9, "服务对象满意度指标")]
    [InlineData(5, "服务对象|满意度指标")]
    [InlineData(6, "服务对象|满意度指标")]
    [InlineData(7, "服务对象|满意度指标")]
    [InlineData(4, "服务对象|满意度|指标")]
    [InlineData(5, "可持续|影响指标")]
    [InlineData(4, "满意度|指标")]
    [InlineData(5, "生态环境|成本指标")]
    public void A_label_given_word_by_word_breaks_between_words_as_evenly_as_its_lines_allow(int charactersPerLine, string expected)
    {
        WordLines([.. PerfTargets.Pdf.Layouts.FormStyle.Words(expected.Replace("|", string.Empty, StringComparison.Ordinal))], charactersPerLine)
            .ShouldBe(expected.Split('|'));
    }

    [Fact]
    public void A_label_leaves_no_character_alone_on_a_line_when_its_words_do_not_help()
    {
        WordLines(["政", "策", "知", "晓", "率"], 4).ShouldBe(["政策知", "晓率"]);
        Lines("政策知晓率", 4).ShouldBe(["政策知晓", "率"]);
    }

    [Fact]
    public void A_word_wider_than_the_line_is_cut_inside_it()
    {
        WordLines(["服务对象"], 3).ShouldBe(["服务", "对象"]);
    }

    private static List<TextGlyph> Glyphs(string text) =>
        [.. TextSanitizer.Printable(text).Select(r => new TextGlyph(r, TextStyle.Default, r.Value == '\n' ? 0 : 10))];

    [Theory]
    [InlineData("3,309,840.00")]
    [InlineData("2023.07-2024.01")]
    [InlineData("2023.7.1—2024.1.31")]
    [InlineData("9:30")]
    [InlineData("２０２３．０７～２０２４．０１")]
    public void A_number_or_a_date_range_has_no_break_inside(string value)
    {
        var runes = value.EnumerateRunes().ToList();
        runes.Zip(runes.Skip(1)).ShouldAllBe(pair => !LineBreakRules.CanBreakBetween(pair.First, pair.Second));
    }

    [Fact]
    public void A_number_still_breaks_from_the_words_around_it()
    {
        Lines("合计3,309,840.00元整", 12).ShouldBe(["合计", "3,309,840.00", "元整"]);
    }

    [Fact]
    public void A_range_wider_than_the_line_breaks_between_its_ends_rather_than_inside_one()
    {
        Lines("2023.07-2024.01", 9).ShouldBe(["2023.07-", "2024.01"]);
        var glyphs = Glyphs("2023.07-2024.01");
        ParagraphLayout.FitWords(glyphs, 80).ShouldBeSameAs(glyphs);
    }

    [Fact]
    public void The_widest_word_is_the_widest_run_no_line_may_break()
    {
        ParagraphLayout.WidestWord(Glyphs("项目期2023.07-2024.01，长期")).ShouldBe(160);
        ParagraphLayout.WidestWord(Glyphs("budget  lines")).ShouldBe(60);
    }

    [Fact]
    public void A_paragraph_whose_number_is_wider_than_the_line_is_set_smaller_rather_than_cut()
    {
        var fitted = ParagraphLayout.FitWords(Glyphs("合计3,309,840.00元"), 100);

        fitted.Select(g => g.Style.Size).Distinct().ShouldHaveSingleItem().ShouldBe(TextStyle.Default.Size * 100 / 120, 0.01f);
        var lines = ParagraphLayout.Lines(fitted, 100).Select(l => string.Concat(fitted.Skip(l.Start).Take(l.End - l.Start).Select(g => g.Rune.ToString())));
        lines.ShouldContain("3,309,840.00");
    }

    [Fact]
    public void A_paragraph_whose_words_fit_keeps_its_size()
    {
        var glyphs = Glyphs("项目支出绩效目标申报表");
        ParagraphLayout.FitWords(glyphs, 40).ShouldBeSameAs(glyphs);
    }

    [Fact]
    public void A_word_that_would_need_type_under_the_legible_minimum_is_cut_at_its_size()
    {
        var glyphs = Glyphs("https://example.org/a/very/long/address");
        ParagraphLayout.FitWords(glyphs, 100).ShouldBeSameAs(glyphs);
        (TextStyle.Default.Size * 100 / ParagraphLayout.WidestWord(glyphs)).ShouldBeLessThan(ParagraphLayout.LegibleMinimum);
    }
}
