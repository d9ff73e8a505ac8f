using UglyToad.PdfPig;

namespace PerfTargets.Web.Tests;

/// <summary>The text of a printed PDF, page after page, as a reader would copy it.</summary>
internal static class PdfText
{
    public static string Of(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Concat(document.GetPages().Select(p => p.Text));
    }
}
