using PerfTargets.Core.Seals;
using PerfTargets.Pdf.Seals;
using SkiaSharp;

namespace PerfTargets.Pdf.Tests;

public class SealTests
{
    private static byte[] Png(int width, int height, SKColor ground)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        bitmap.Erase(ground);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    [Fact]
    public void The_standard_seal_is_a_red_ring_with_a_star_on_a_transparent_ground()
    {
        var png = StandardSeal.Draw("示范县财政局", "绩效管理股");

        using var bitmap = SKBitmap.Decode(png);
        bitmap.Width.ShouldBe(480);
        bitmap.GetPixel(5, 5).Alpha.ShouldBe((byte)0, "corners stay transparent");
        var ring = bitmap.GetPixel(240, 24);
        ring.Red.ShouldBeGreaterThan((byte)200);
        ring.Green.ShouldBeLessThan((byte)60);
        bitmap.GetPixel(240, 240).Alpha.ShouldBe((byte)255, "the star fills the centre");
        SealImageCheck.Check(png).ShouldBe(new SealImageReport([], 480, 480, true), new SealReportComparer());
    }

    [Fact]
    public void The_name_is_lettered_along_the_upper_arc_and_the_section_below_the_star()
    {
        using var bitmap = SKBitmap.Decode(StandardSeal.Draw("示范县财政局", "绩效管理股"));

        // The band under the ring at the top holds lettering; the band between star and caption holds none.
        CountRed(bitmap, 100, 40, 380, 110).ShouldBeGreaterThan(1000);
        CountRed(bitmap, 60, 330, 420, 345).ShouldBeLessThan(50);
        CountRed(bitmap, 130, 350, 350, 390).ShouldBeGreaterThan(500);
    }

    [Theory]
    [InlineData("中共山海关区委网络安全和信息化委员会办公室", null)]
    [InlineData("中共山海关区委网络安全和信息化委员会办公室", "绩效管理股")]
    public void A_long_name_is_lettered_condensed_and_tall_enough_to_read_inside_the_ring(string organisation, string? caption)
    {
        organisation.Length.ShouldBeGreaterThanOrEqualTo(20);
        using var bitmap = SKBitmap.Decode(StandardSeal.Draw(organisation, caption));

        // Under the ring at the top (it ends 33 px down), the lettering reaches down at least a tenth of
        // the seal (at 3 cm, characters 3 mm tall); square characters on the arc were 2 mm.
        var lowest = Enumerable.Range(34, 120).Last(y => CountRed(bitmap, 180, y, 300, y + 1) > 0);
        (lowest - 33).ShouldBeGreaterThan(48);
        // Nothing is drawn outside the ring, and the band between the star and the caption stays clear.
        var outside = 0;
        for (var y = 0; y < 480; y += 2)
        {
            for (var x = 0; x < 480; x += 2)
            {
                outside += Math.Sqrt(((x - 240) * (x - 240)) + ((y - 240) * (y - 240))) > 241 && bitmap.GetPixel(x, y).Alpha > 0 ? 1 : 0;
            }
        }

        outside.ShouldBe(0);
        if (caption is not null)
        {
            CountRed(bitmap, 130, 350, 350, 390).ShouldBeGreaterThan(500, "the caption prints");
            CountRed(bitmap, 120, 330, 360, 345).ShouldBeLessThan(50, "and the name's ends stay clear of it");
        }
    }

    /// <summary>A red disc of <paramref name="radius"/> on a transparent ground.</summary>
    private static byte[] Disc(int side, float radius)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(side, side, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        bitmap.Erase(SKColors.Transparent);
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint { Color = SKColors.Red, IsAntialias = false })
        {
            canvas.DrawCircle(side / 2f, side / 2f, radius, paint);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    [Fact]
    public void An_uploaded_png_with_transparency_is_accepted_as_it_is()
    {
        var report = SealImageCheck.Check(Disc(300, 120));

        report.Accepted.ShouldBeTrue();
        report.HasTransparency.ShouldBeTrue();
        (report.Width, report.Height).ShouldBe((300, 300));
    }

    [Fact]
    public void An_opaque_png_is_accepted_and_reported_as_opaque()
    {
        var report = SealImageCheck.Check(Png(300, 300, SKColors.White));

        report.Accepted.ShouldBeTrue();
        report.HasTransparency.ShouldBeFalse();
    }

    [Theory]
    [InlineData("jpeg", "这不是 PNG 图片。请上传 PNG 格式（.png）的印章图片。")]
    [InlineData("tiny", "印章图片太小（40×40 像素），至少 100×100 像素，打印才清晰。")]
    [InlineData("banner", "印章图片的长宽比例不正常（900×200 像素）。请裁剪到只含印章。")]
    [InlineData("huge", "印章图片太大（4100×4100 像素），请不超过 4000×4000 像素。")]
    [InlineData("truncated", "该 PNG 图片不完整或已损坏，无法完整读取。")]
    [InlineData("empty", "请选择要上传的印章图片。")]
    public void A_file_that_is_no_usable_seal_is_refused_with_the_reason(string kind, string message)
    {
        byte[] data = kind switch
        {
            "jpeg" => [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F'],
            "tiny" => Png(40, 40, SKColors.Red),
            "banner" => Png(900, 200, SKColors.Red),
            "huge" => Png(4100, 4100, SKColors.Transparent),
            "truncated" => Png(300, 300, SKColors.Red)[..120],
            _ => [],
        };

        SealImageCheck.Check(data).Problems.ShouldBe([message]);
    }

    [Fact]
    public void A_png_with_no_visible_pixel_is_refused()
    {
        SealImageCheck.Check(Png(300, 300, SKColors.Transparent)).Problems
            .ShouldBe(["印章图片完全透明，没有可见的印章图案。请上传印章部分不透明的 PNG。"]);
        SealImageCheck.Check(Png(300, 300, SKColors.Red.WithAlpha(8))).Problems
            .ShouldBe(["印章图片完全透明，没有可见的印章图案。请上传印章部分不透明的 PNG。"], "ink of 8/255 leaves nothing on paper");
    }

    [Fact]
    public void A_png_with_too_few_visible_pixels_to_be_a_seal_is_refused()
    {
        // A disc of radius 5 on 300×300: about 80 pixels, under 1% (900).
        var report = SealImageCheck.Check(Disc(300, 5));

        report.Accepted.ShouldBeFalse();
        report.Problems.ShouldHaveSingleItem().ShouldMatch(@"^印章图片几乎完全透明（只有 \d+ 个可见像素，不到 1%），盖出来看不见。请上传印章清晰可见的 PNG。$");
        SealImageCheck.Check(Disc(300, 20)).Accepted.ShouldBeTrue("a disc of radius 20 covers more than 1%");
    }

    [Fact]
    public void A_file_over_one_megabyte_is_refused_before_it_is_decoded()
    {
        var data = new byte[Seal.MaxBytes + 1];

        SealImageCheck.Check(data).Problems.ShouldBe(["印章图片不能超过 1 MB（此文件 1.0 MB）。请压缩后再上传。"]);
    }

    private static int CountRed(SKBitmap bitmap, int left, int top, int right, int bottom)
    {
        var count = 0;
        for (var y = top; y < bottom; y++)
        {
            for (var x = left; x < right; x++)
            {
                var pixel = bitmap.GetPixel(x, y);
                count += pixel.Alpha > 128 && pixel.Red > 150 ? 1 : 0;
            }
        }

        return count;
    }

    private sealed class SealReportComparer : IEqualityComparer<SealImageReport>
    {
        public bool Equals(SealImageReport? x, SealImageReport? y) =>
            x is not null && y is not null && x.Problems.SequenceEqual(y.Problems) && (x.Width, x.Height, x.HasTransparency) == (y.Width, y.Height, y.HasTransparency);

        public int GetHashCode(SealImageReport obj) => obj.Width;
    }
}
