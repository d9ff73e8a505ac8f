using SkiaSharp;

namespace PerfTargets.Pdf.Seals;

/// <summary>
/// Draws the standard round red seal (标准公章样式): a ring, the organisation's name along the upper
/// arc, a five-pointed star in the centre and the section's name below it, on a transparent ground.
/// </summary>
public static class StandardSeal
{
    /// <summary>Seal red, as the official ink prints.</summary>
    private static readonly SKColor Red = new(0xD8, 0x1E, 0x28);

    // Serif faces first: the arc lettering of a seal is 宋体-like.
    private static readonly string[] Families = ["Noto Serif CJK SC", "Noto Serif SC", "Noto Sans CJK SC", "AR PL UMing CN", "AR PL SungtiL GB"];

    /// <summary>A PNG of <paramref name="size"/> pixels square.</summary>
    /// <exception cref="SealFontMissingException">No installed font has Chinese characters.</exception>
    public static byte[] Draw(string organisation, string? caption, int size = 480)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organisation);
        using var typeface = FindTypeface(organisation + caption);
        using var surface = SKSurface.Create(new SKImageInfo(size, size, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        float centre = size / 2f, ring = size * 0.034f, radius = centre - ring;
        using var paint = new SKPaint { Color = Red, IsAntialias = true };

        paint.Style = SKPaintStyle.Stroke;
        paint.StrokeWidth = ring;
        canvas.DrawCircle(centre, centre, radius - ring / 2, paint);

        paint.Style = SKPaintStyle.Fill;
        using (var star = Star(centre, centre, size * 0.17f))
        {
            canvas.DrawPath(star, paint);
        }

        DrawArc(canvas, organisation.Trim(), typeface, paint, centre, radius - ring * 1.4f, overCaption: !string.IsNullOrWhiteSpace(caption));
        if (!string.IsNullOrWhiteSpace(caption))
        {
            var text = caption.Trim();
            using var font = new SKFont(typeface, Math.Min(size * 0.085f, size * 0.56f / text.Length)) { Embolden = true };
            canvas.DrawText(text, centre, centre + size * 0.3f, SKTextAlign.Center, font, paint);
        }

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    /// <summary>The widest arc the name may take: round to the lower sides, short of the caption when there is one.</summary>
    private const float MaxSpan = 270, MaxSpanOverCaption = 240;

    /// <summary>
    /// How narrow a character may be drawn against its height: a long name is lettered condensed, as
    /// seal engravers cut it, rather than shrunk until only a magnifier reads it.
    /// </summary>
    private const float MostCondensed = 0.6f;

    /// <summary>
    /// The name along the upper arc, each character upright towards the rim, spread over more of the
    /// arc the longer it is; a name too long for square characters even on the widest arc is
    /// condensed, its characters kept as tall as the band under the ring allows.
    /// </summary>
    private static void DrawArc(SKCanvas canvas, string text, SKTypeface typeface, SKPaint paint, float centre, float radius, bool overCaption)
    {
        var count = text.Length;
        var span = Math.Clamp(count * 26f, 120f, overCaption ? MaxSpanOverCaption : MaxSpan);
        var step = count > 1 ? span / (count - 1) : 0;
        var tallest = radius * 0.3f;
        // Each character's room along the arc, measured at the middle of the band it stands in.
        var room = (count > 1 ? (float)(Math.PI * step / 180) : (float)(Math.PI * span / 180)) * (radius - (tallest / 2)) * 0.92f;
        var fontSize = Math.Min(tallest, room / MostCondensed);
        using var font = new SKFont(typeface, fontSize) { Embolden = true, ScaleX = Math.Min(1, room / fontSize) };
        var baseline = centre - radius + fontSize;
        for (var i = 0; i < count; i++)
        {
            canvas.Save();
            canvas.RotateDegrees(-span / 2 + i * step, centre, centre);
            canvas.DrawText(text[i].ToString(), centre, baseline, SKTextAlign.Center, font, paint);
            canvas.Restore();
        }
    }

    private static SKPath Star(float x, float y, float outer)
    {
        var inner = outer * 0.382f;
        using var path = new SKPathBuilder();
        for (var i = 0; i < 10; i++)
        {
            var r = i % 2 == 0 ? outer : inner;
            var angle = Math.PI / 5 * i - Math.PI / 2;
            var point = new SKPoint(x + (float)(r * Math.Cos(angle)), y + (float)(r * Math.Sin(angle)));
            if (i == 0)
            {
                path.MoveTo(point);
            }
            else
            {
                path.LineTo(point);
            }
        }

        path.Close();
        return path.Detach();
    }

    private static bool HasGlyphs(SKTypeface typeface, string text)
    {
        using var font = new SKFont(typeface);
        return font.ContainsGlyphs(text);
    }

    private static SKTypeface FindTypeface(string text)
    {
        var manager = SKFontManager.Default;
        foreach (var family in Families)
        {
            var typeface = manager.MatchFamily(family, SKFontStyle.Bold);
            if (typeface is not null && HasGlyphs(typeface, text))
            {
                return typeface;
            }

            typeface?.Dispose();
        }

        return manager.MatchCharacter(char.ConvertToUtf32("印", 0)) is { } fallback && HasGlyphs(fallback, text)
            ? fallback
            : throw new SealFontMissingException();
    }
}

/// <summary>The server has no font with Chinese characters, so a seal cannot be drawn.</summary>
public sealed class SealFontMissingException : Exception
{
    public SealFontMissingException()
        : base("服务器未安装中文字体（如 fonts-noto-cjk），无法生成标准印章。请安装后重试，或上传印章图片。")
    {
    }

    public SealFontMissingException(string message)
        : base(message)
    {
    }

    public SealFontMissingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
