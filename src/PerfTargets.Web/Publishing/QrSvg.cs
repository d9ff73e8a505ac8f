using System.Globalization;
using System.Text;
using PerfTargets.Pdf.Verification;

namespace PerfTargets.Web.Publishing;

/// <summary>The approval mark's QR code for a page: one SVG path of its dark modules, with the quiet zone around them.</summary>
public static class QrSvg
{
    public static string Of(Uri url)
    {
        var matrix = QrMatrix.Encode(url);
        var side = matrix.Size + (2 * QrMatrix.QuietZone);
        var path = new StringBuilder();
        for (var y = 0; y < matrix.Size; y++)
        {
            for (var x = 0; x < matrix.Size; x++)
            {
                if (matrix.IsDark(x, y))
                {
                    path.Append(CultureInfo.InvariantCulture, $"M{x + QrMatrix.QuietZone} {y + QrMatrix.QuietZone}h1v1h-1z");
                }
            }
        }

        return $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {side} {side}\" width=\"132\" height=\"132\" role=\"img\" aria-label=\"核验网址二维码\" shape-rendering=\"crispEdges\"><rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>";
    }
}
