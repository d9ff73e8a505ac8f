using PerfTargets.Core.Seals;
using SkiaSharp;

namespace PerfTargets.Pdf.Seals;

/// <summary>What checking an uploaded seal image found: its problems (empty when accepted), its size and whether it has transparency.</summary>
public sealed record SealImageReport(IReadOnlyList<string> Problems, int Width, int Height, bool HasTransparency)
{
    public bool Accepted => Problems.Count == 0;
}

/// <summary>
/// Checks an uploaded seal (印章) before it is stored: a real PNG that decodes completely, at most
/// 1 MB, of sane dimensions, with enough visible (not transparent) pixels to leave a seal on paper.
/// The file is then kept byte for byte, so its transparency stays.
/// </summary>
public static class SealImageCheck
{
    public const int MinimumSide = 100;
    public const int MaximumSide = 4000;

    /// <summary>The least share of the image, in percent, a seal's ink covers: a thin ring alone covers several.</summary>
    public const int MinimumInkPercent = 1;

    /// <summary>The opacity (of 255) from which a pixel shows on paper.</summary>
    private const byte VisibleAlpha = 16;

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static SealImageReport Check(ReadOnlySpan<byte> data)
    {
        if (data.Length == 0)
        {
            return Refused("请选择要上传的印章图片。");
        }

        if (data.Length > Seal.MaxBytes)
        {
            return TooLarge(data.Length);
        }

        if (!data.StartsWith(PngSignature))
        {
            return Refused("这不是 PNG 图片。请上传 PNG 格式（.png）的印章图片。");
        }

        using var skData = SKData.CreateCopy(data);
        using var codec = SKCodec.Create(skData);
        if (codec is null || codec.EncodedFormat != SKEncodedImageFormat.Png)
        {
            return Refused("无法读取该 PNG 图片，文件可能已损坏。");
        }

        var (width, height) = (codec.Info.Width, codec.Info.Height);
        var problems = new List<string>();
        var transparent = false;
        if (width < MinimumSide || height < MinimumSide)
        {
            problems.Add($"印章图片太小（{width}×{height} 像素），至少 {MinimumSide}×{MinimumSide} 像素，打印才清晰。");
        }
        else if (width > MaximumSide || height > MaximumSide)
        {
            problems.Add($"印章图片太大（{width}×{height} 像素），请不超过 {MaximumSide}×{MaximumSide} 像素。");
        }
        else if (Math.Max(width, height) > 2 * Math.Min(width, height))
        {
            problems.Add($"印章图片的长宽比例不正常（{width}×{height} 像素）。请裁剪到只含印章。");
        }
        else
        {
            using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
            if (codec.GetPixels(bitmap.Info, bitmap.GetPixels()) != SKCodecResult.Success)
            {
                problems.Add("该 PNG 图片不完整或已损坏，无法完整读取。");
            }
            else
            {
                (transparent, var visible) = Coverage(bitmap);
                if (visible == 0)
                {
                    problems.Add("印章图片完全透明，没有可见的印章图案。请上传印章部分不透明的 PNG。");
                }
                else if (visible < (long)width * height * MinimumInkPercent / 100)
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture,
                        $"印章图片几乎完全透明（只有 {visible} 个可见像素，不到 {MinimumInkPercent}%），盖出来看不见。请上传印章清晰可见的 PNG。"));
                }
            }
        }

        return new SealImageReport(problems, width, height, transparent);
    }

    /// <summary>
    /// Whether any pixel lets the paper show through (a PNG may carry an alpha channel that is opaque
    /// throughout), and how many pixels leave ink (alpha of at least <see cref="VisibleAlpha"/>).
    /// </summary>
    private static (bool Transparent, long Visible) Coverage(SKBitmap bitmap)
    {
        var pixels = bitmap.GetPixelSpan();
        var transparent = false;
        long visible = 0;
        for (var alpha = 3; alpha < pixels.Length; alpha += 4)
        {
            transparent |= pixels[alpha] < 255;
            visible += pixels[alpha] >= VisibleAlpha ? 1 : 0;
        }

        return (transparent, visible);
    }

    /// <summary>The refusal of a file of <paramref name="length"/> bytes, over <see cref="Seal.MaxBytes"/>.</summary>
    public static SealImageReport TooLarge(long length) =>
        Refused(string.Create(CultureInfo.InvariantCulture, $"印章图片不能超过 1 MB（此文件 {length / 1048576.0:0.0} MB）。请压缩后再上传。"));

    private static SealImageReport Refused(string problem) => new([problem], 0, 0, false);
}
