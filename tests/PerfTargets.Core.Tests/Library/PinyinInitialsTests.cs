using PerfTargets.Core.Library;
using PerfTargets.Core.Library.Pinyin;

namespace PerfTargets.Core.Tests.Library;

public class PinyinInitialsTests
{
    [Theory]
    [InlineData("验收合格率", "yshgl")]
    [InlineData("服务对象满意度", "fwdxmyd")]
    [InlineData("舆情信息监看、收集和应急处置。", "yqxxjksjhyjcz")]
    [InlineData("PM2.5浓度达标天数", "pm25nddbts")]
    [InlineData("培训人次（人次）", "pxrcrc")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void A_name_gives_the_first_letter_of_each_character_reading(string? name, string initials) =>
        PinyinInitials.Of(name).ShouldBe(initials);

    [Fact]
    public void Characters_of_extension_A_are_read_and_those_beyond_the_table_are_left_out()
    {
        PinyinInitials.Of("\u3400").ShouldBe("q"); // 㐀 qiū, the table's first character
        PinyinInitials.Of("😀指标\uFFFD").ShouldBe("zb");
    }

    [Theory]
    [InlineData("ysh", true)]
    [InlineData("YSHGL", true)]
    [InlineData("合格", false)]
    [InlineData("pm2", false)]
    [InlineData("", false)]
    public void Only_a_word_of_Latin_letters_is_taken_as_initials(string word, bool initials) =>
        PinyinInitials.IsInitials(word).ShouldBe(initials);

    [Fact]
    public void A_name_holds_a_word_as_characters_or_as_initials_anywhere_in_it()
    {
        LibraryQuery.NameHolds("工程验收合格率", "合格率").ShouldBeTrue();
        LibraryQuery.NameHolds("工程验收合格率", "yshg").ShouldBeTrue();
        LibraryQuery.NameHolds("工程验收合格率", "GCYS").ShouldBeTrue();
        LibraryQuery.NameHolds("工程验收合格率", "hgs").ShouldBeFalse();
        LibraryQuery.NameHolds("PM2.5浓度", "pm").ShouldBeTrue();
    }

    [Fact]
    public void Setting_a_library_entry_name_sets_its_initials()
    {
        var entry = new LibraryEntry { Name = "设备验收合格率" };
        entry.NameInitials.ShouldBe("sbyshgl");

        entry.Name = "培训合格率";

        entry.NameInitials.ShouldBe("pxhgl");
    }
}
