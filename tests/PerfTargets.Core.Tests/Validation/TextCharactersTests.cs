using PerfTargets.Core.Validation;

namespace PerfTargets.Core.Tests.Validation;

public class TextCharactersTests
{
    [Theory]
    [InlineData("同意。")]
    [InlineData("第一行\r\n\t第二行")]
    [InlineData("𠀀𪚥 生僻字与 emoji 👍")]
    [InlineData("")]
    [InlineData(null)]
    public void Ordinary_text_is_allowed(string? text) => TextCharacters.IsAllowed(text).ShouldBeTrue();

    [Theory]
    [InlineData("\0", 1, 0x0)]
    [InlineData("a\u0007", 2, 0x7)]
    [InlineData("𠀀\u001B", 2, 0x1B)]
    [InlineData("ab\u202E", 3, 0x202E)]
    [InlineData("\u200B", 1, 0x200B)]
    [InlineData("\uFEFF文", 1, 0xFEFF)]
    [InlineData("x\u2028", 2, 0x2028)]
    [InlineData("\u0085", 1, 0x85)]
    [InlineData("\uFFFD", 1, 0xFFFD)]
    public void Invisible_characters_are_found_with_their_place(string text, int position, int codePoint) =>
        TextCharacters.FirstForbidden(text).ShouldBe((position, codePoint));

    [Fact]
    public void A_lone_surrogate_is_found() => TextCharacters.FirstForbidden("a" + (char)0xD800 + "b").ShouldBe((2, 0xD800));

    [Fact]
    public void What_is_only_searched_with_loses_them()
    {
        TextCharacters.WithoutForbidden("王\0娅\u202E薇𠀀\t").ShouldBe("王娅薇𠀀\t");
    }
}
