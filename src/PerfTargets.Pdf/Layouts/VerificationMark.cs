using PerfTargets.Pdf.Verification;
using SkiaSharp;

namespace PerfTargets.Pdf.Layouts;

/// <summary>
/// 系统审批核验标记 under an approved version: a QR code of the address that checks it, the version,
/// the content hash and the 核验码, and of a version approved through an adjustment 调整后 with the
/// day it was approved (every layout prints this mark, so every layout says so). It is this system's
/// mark, not an 电子签章 under GB/T 38540, and says so.
/// </summary>
internal static class VerificationMark
{
    private const float QrSide = 66;

    public static void Compose(IContainer container, DeclarationPrint print)
    {
        if (print.Verification is not { } mark)
        {
            return;
        }

        var qr = QrMatrix.Encode(mark.VerificationUrl);
        container.PaddingTop(8).Border(FormStyle.Rule).Padding(5).Row(row =>
        {
            row.Spacing(8);
            row.ConstantItem(QrSide).Canvas(QrSide, QrSide, (canvas, size) => Draw(canvas, qr, size.Width));
            row.RelativeItem().Column(text =>
            {
                // On the heading's line, so that the mark takes no more room than before and stays whole on its page.
                text.Item().Text(print.AdjustedOn is { } adjusted ? $"系统审批核验标记　本表为{FormText.Adjusted(adjusted)}的版本" : "系统审批核验标记", FormStyle.Label);

                text.Item().Text($"第 {mark.VersionNumber} 版　内容哈希（SHA-256）：{mark.ContentHash}", FormStyle.Small);
                if (mark.Signature is not null)
                {
                    text.Item().Text($"核验码：{mark.Signature}", FormStyle.Small);
                }

                text.Item().Text($"核验网址：{mark.VerificationUrl}", FormStyle.Small);
                text.Item().Text("扫描二维码或访问上述网址，可核对本表的批复记录。本标记为本系统的审批核验标记，不是 GB/T 38540 规定的电子签章。", FormStyle.Small);
            });
        });
    }

    /// <summary>The modules as vector squares, with the quiet zone the code needs around it.</summary>
    private static void Draw(SKCanvas canvas, QrMatrix qr, float side)
    {
        var module = side / (qr.Size + (2 * QrMatrix.QuietZone));
        using var builder = new SKPathBuilder();
        for (var y = 0; y < qr.Size; y++)
        {
            for (var x = 0; x < qr.Size; x++)
            {
                if (qr.IsDark(x, y))
                {
                    builder.AddRect(SKRect.Create((x + QrMatrix.QuietZone) * module, (y + QrMatrix.QuietZone) * module, module, module));
                }
            }
        }

        using var path = builder.Detach();
        using var paint = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Fill, IsAntialias = false };
        canvas.DrawPath(path, paint);
    }
}
