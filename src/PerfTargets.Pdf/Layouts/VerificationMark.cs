using PerfTargets.Pdf.Composition.Fluent;
using PerfTargets.Pdf.Composition.Text;

namespace PerfTargets.Pdf.Layouts;

/// <summary>
/// 系统审批核验标记 under an approved version: version, content hash, signature and the address to
/// check them at. It is this system's mark, not an 电子签章 under GB/T 38540, and says so.
/// </summary>
internal static class VerificationMark
{
    public static void Compose(IContainer container, VerificationLine? mark)
    {
        if (mark is null)
        {
            return;
        }

        container.PaddingTop(8).Border(FormStyle.Rule).Padding(5).Column(text =>
        {
            text.Item().Text("系统审批核验标记", FormStyle.Label);
            text.Item().Text($"第 {mark.VersionNumber} 版　内容哈希（SHA-256）：{mark.ContentHash}", FormStyle.Small);
            if (mark.Signature is not null)
            {
                text.Item().Text($"核验码：{mark.Signature}", FormStyle.Small);
            }

            text.Item().Text($"核验网址：{mark.Url}", FormStyle.Small);
            text.Item().Text("本标记为本系统的审批核验标记，可在上述网址核对批复记录；不是 GB/T 38540 规定的电子签章。", FormStyle.Small, TextAlignment.Left);
        });
    }
}
