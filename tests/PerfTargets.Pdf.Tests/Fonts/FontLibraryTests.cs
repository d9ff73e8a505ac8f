using System.Text;
using Microsoft.Extensions.Logging;
using PerfTargets.Pdf.Fonts;
using SkiaSharp;
using UglyToad.PdfPig;

namespace PerfTargets.Pdf.Tests.Fonts;

public class FontLibraryTests
{
    private const string Heading = "项目支出绩效目标申报表（2022年度）填报单位：万元 ≥95% abc";

    // Debian fonts: a GB2312-only 宋体 stands in for a site's own font; Noto CJK is a CFF font.
    private const string SungtiGb = "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf";
    private const string NotoSerifCjk = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc";

    private static IEnumerable<int> Codepoints(string text) => text.EnumerateRunes().Select(rune => rune.Value);

    private static void RequireDebianFont(string path, string package) =>
        File.Exists(path).ShouldBeTrue($"this test needs {path}: apt-get install {package}");

    private static bool Has(SKTypeface typeface, int codepoint)
    {
        using var font = new SKFont(typeface);
        return font.ContainsGlyph(codepoint);
    }

    private static long SizeOf(SKTypeface typeface)
    {
        using var stream = typeface.OpenStream();
        return stream.Length;
    }

    private static byte[] OnePagePdf(Action<SKCanvas> draw)
    {
        using var output = new MemoryStream();
        using (var document = SKDocument.CreatePdf(output))
        {
            draw(document.BeginPage(595, 842));
            document.EndPage();
            document.Close();
        }
        return output.ToArray();
    }

    /// <summary>The page's text, one string per baseline, top to bottom.</summary>
    private static List<string> Lines(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPage(1).Letters
            .GroupBy(letter => Math.Round(letter.StartBaseLine.Y))
            .OrderByDescending(line => line.Key)
            .Select(line => string.Concat(line.OrderBy(letter => letter.StartBaseLine.X).Select(letter => letter.Value)))];
    }

    [Fact]
    public void The_shipped_fonts_and_their_licence_are_in_the_output_directory()
    {
        new FileInfo(FontOptions.ShippedRegularPath).Length.ShouldBeGreaterThan(10_000_000);
        new FileInfo(FontOptions.ShippedBoldPath).Length.ShouldBeGreaterThan(10_000_000);
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fonts", "OFL.txt")).ShouldContain("SIL OPEN FONT LICENSE Version 1.1");
    }

    [Fact]
    public void A_subset_for_a_form_heading_is_small_and_has_a_glyph_for_each_of_its_characters()
    {
        using var library = new FontLibrary(new FontOptions());

        using var subset = library.Subset(Codepoints(Heading));

        subset.Missing.ShouldBeEmpty();
        subset.Fallback.ShouldBeNull();
        foreach (var rune in Heading.EnumerateRunes())
        {
            Has(subset.Regular, rune.Value).ShouldBeTrue($"regular {rune}");
            Has(subset.Bold, rune.Value).ShouldBeTrue($"bold {rune}");
        }
        Has(subset.Regular, '中').ShouldBeFalse("a character not asked for is not in the subset");
        // 30 distinct characters measured 8.6 KB; the whole font is 14.8 MB.
        SizeOf(subset.Regular).ShouldBeLessThan(16 * 1024);
        SizeOf(subset.Bold).ShouldBeLessThan(16 * 1024);
        subset.Regular.GlyphCount.ShouldBeLessThan(40);
    }

    [Fact]
    public void A_one_page_pdf_embeds_only_the_subsets_and_its_regular_and_bold_text_extracts_exactly()
    {
        const string title = "项目支出绩效目标申报表（2022年度）";
        const string goal = "年度目标：完成项目建设，服务对象满意度≥95%。";
        using var library = new FontLibrary(new FontOptions());
        using var subset = library.Subset(Codepoints(title + goal));

        var pdf = OnePagePdf(canvas =>
        {
            using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            using var bold = new SKFont(subset.Bold, 16);
            using var regular = new SKFont(subset.Regular, 12);
            canvas.DrawText(title, 72, 72, SKTextAlign.Left, bold, paint);
            canvas.DrawText(goal, 72, 100, SKTextAlign.Left, regular, paint);
        });

        Lines(pdf).ShouldBe([title, goal]);
        using var document = PdfDocument.Open(pdf);
        var fonts = document.GetPage(1).Letters.Select(letter => letter.FontName).Distinct().ToList();
        fonts.Count.ShouldBe(2);
        fonts.ShouldContain(name => name != null && name.EndsWith("NotoSerifSC-Bold", StringComparison.Ordinal));
        fonts.ShouldContain(name => name != null && name.EndsWith("NotoSerifSC-Regular", StringComparison.Ordinal));
        // Measured 18.6 KB with both faces; the whole fonts would make it 30 MB.
        pdf.Length.ShouldBeLessThan(32 * 1024);
    }

    [Fact]
    public void A_bold_title_subset_on_its_own_does_not_carry_the_glyphs_of_the_whole_page()
    {
        const string title = "项目支出绩效目标申报表";
        var body = string.Concat(Enumerable.Range(0x5000, 300).Select(char.ConvertFromUtf32));
        using var library = new FontLibrary(new FontOptions());
        using var shared = library.Subset(Codepoints(title + body));
        using var apart = library.Subset(Codepoints(body), Codepoints(title));

        Has(apart.Bold, '项').ShouldBeTrue();
        Has(apart.Bold, 0x5000).ShouldBeFalse("a character drawn only in regular stays out of the bold subset");
        Has(apart.Regular, '项').ShouldBeFalse();
        apart.FaceFor('项', bold: true).ShouldBeSameAs(apart.Bold);
        // Skia embeds the whole subset of each face a page uses, however few of its glyphs are drawn.
        byte[] Page(FontSubset subset) => OnePagePdf(canvas =>
        {
            using var paint = new SKPaint { Color = SKColors.Black };
            using var bold = new SKFont(subset.Bold, 16);
            using var regular = new SKFont(subset.Regular, 12);
            canvas.DrawText(title, 72, 72, SKTextAlign.Left, bold, paint);
            canvas.DrawText(body[..30], 72, 100, SKTextAlign.Left, regular, paint);
        });
        var sharedPdf = Page(shared);
        var apartPdf = Page(apart);
        Lines(apartPdf).ShouldBe([title, body[..30]]);
        apartPdf.Length.ShouldBeLessThan(sharedPdf.Length * 2 / 3);
    }

    [Fact]
    public void A_character_no_font_has_is_reported_once_and_drawn_as_the_notdef_box()
    {
        var logger = new RecordingLogger<FontLibrary>();
        using var library = new FontLibrary(new FontOptions(), logger);

        using var subset = library.Subset(Codepoints("目标😀目标😀𠀀"));

        subset.Missing.ShouldBe([0x1F600, 0x20000]);
        var entry = logger.Entries.ShouldHaveSingleItem();
        entry.Level.ShouldBe(LogLevel.Warning);
        entry.Message.ShouldContain("U+1F600 😀");
        entry.Message.ShouldContain("U+20000 𠀀");
        entry.Message.ShouldContain("NotoSerifSC-Regular.ttf");
        subset.FaceFor(0x1F600, bold: false).ShouldBeSameAs(subset.Regular);
        subset.FaceFor(0x20000, bold: true).ShouldBeSameAs(subset.Bold);
        using var font = new SKFont(subset.Regular, 12);
        font.GetGlyph(0x1F600).ShouldBe((ushort)0);
        using var notdef = font.GetGlyphPath(0);
        notdef.Bounds.Width.ShouldBeGreaterThan(0, "the .notdef box keeps its outline");
    }

    [Fact]
    public void A_character_the_site_font_lacks_is_drawn_from_the_fallback_and_not_reported()
    {
        RequireDebianFont(SungtiGb, "fonts-arphic-gbsn00lp");
        const string contact = "联系人：朱镕基"; // 镕 is not in GB2312
        var logger = new RecordingLogger<FontLibrary>();
        var options = new FontOptions { RegularPath = SungtiGb, BoldPath = SungtiGb, FallbackPath = FontOptions.ShippedRegularPath };
        using var library = new FontLibrary(options, logger);

        using var subset = library.Subset(Codepoints(contact));

        subset.Missing.ShouldBeEmpty();
        logger.Entries.ShouldBeEmpty();
        subset.Fallback.ShouldNotBeNull();
        subset.FaceFor('镕', bold: false).ShouldBeSameAs(subset.Fallback);
        subset.FaceFor('镕', bold: true).ShouldBeSameAs(subset.Fallback);
        subset.FaceFor('朱', bold: false).ShouldBeSameAs(subset.Regular);
        subset.FaceFor('朱', bold: true).ShouldBeSameAs(subset.Bold);
        Has(subset.Regular, '镕').ShouldBeFalse();
        Has(subset.Fallback, '镕').ShouldBeTrue();
        Has(subset.Fallback, '朱').ShouldBeFalse("the fallback subset holds only what the site font lacks");

        var pdf = OnePagePdf(canvas =>
        {
            using var paint = new SKPaint { Color = SKColors.Black };
            float x = 72;
            foreach (var rune in contact.EnumerateRunes())
            {
                using var font = new SKFont(subset.FaceFor(rune.Value, bold: false), 12);
                canvas.DrawText(rune.ToString(), x, 100, SKTextAlign.Left, font, paint);
                x += font.MeasureText(rune.ToString());
            }
        });
        Lines(pdf).ShouldBe([contact]);
    }

    [Fact]
    public void A_wrong_font_path_is_named_in_the_exception()
    {
        var path = Path.Combine(Path.GetTempPath(), "没有这个目录", "仿宋_GB2312.ttf");

        var error = Should.Throw<FileNotFoundException>(() => new FontLibrary(new FontOptions { BoldPath = path }));

        error.Message.ShouldContain(path);
    }

    [Fact]
    public void A_file_that_is_not_a_font_is_named_in_the_exception()
    {
        var path = Path.Combine(Path.GetTempPath(), $"not-a-font-{Guid.NewGuid():N}.ttf");
        File.WriteAllText(path, "这不是字体文件", Encoding.UTF8);
        try
        {
            var error = Should.Throw<InvalidDataException>(() => new FontLibrary(new FontOptions { RegularPath = path }));

            error.Message.ShouldContain(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_cff_font_is_refused_because_its_pdf_text_would_not_extract()
    {
        RequireDebianFont(NotoSerifCjk, "fonts-noto-cjk");

        var error = Should.Throw<InvalidDataException>(() => new FontLibrary(new FontOptions { FallbackPath = NotoSerifCjk }));

        error.Message.ShouldContain(NotoSerifCjk);
        error.Message.ShouldContain("CFF");
    }

    [Fact]
    public async Task Subsets_made_in_parallel_from_one_library_each_hold_their_own_characters()
    {
        using var library = new FontLibrary(new FontOptions());
        using (var warmUp = library.Subset(Codepoints("年")))
        {
        }
        // Eight slices of 400 CJK ideographs each, subset four times over, all at once.
        var texts = Enumerable.Range(0, 8)
            .Select(slice => string.Concat(Enumerable.Range(0x4E00 + slice * 400, 400).Select(char.ConvertFromUtf32)))
            .ToList();
        var jobs = texts.SelectMany(text => Enumerable.Repeat(text, 4)).Select(text => Task.Run(() =>
        {
            using var subset = library.Subset(Codepoints(text));
            var drawable = text.EnumerateRunes().Count(rune => Has(subset.Regular, rune.Value));
            return (text, drawable, subset.Missing.Count, Size: SizeOf(subset.Regular));
        }));

        var results = await Task.WhenAll(jobs);

        foreach (var group in results.GroupBy(result => result.text))
        {
            group.ShouldAllBe(result => result.drawable == 400 - result.Count);
            group.Select(result => result.Size).Distinct().ShouldHaveSingleItem("the same characters give the same subset");
        }
        results.Sum(result => result.drawable).ShouldBeGreaterThan(8 * 4 * 390);
    }
}
