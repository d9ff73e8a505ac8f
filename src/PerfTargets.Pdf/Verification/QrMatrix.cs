using QRCoder;

namespace PerfTargets.Pdf.Verification;

/// <summary>
/// 核验二维码: the modules of the QR code of an approval mark's verification address, at error
/// correction level M (15 %: survives a crease or a stamp's edge over it without growing the code
/// as Q or H would). The quiet zone is left out: the renderer draws each dark module as a vector
/// square and keeps <see cref="QuietZone"/> modules clear around the code itself.
/// </summary>
public sealed class QrMatrix
{
    /// <summary>The clear margin, in modules, a QR code needs on every side to be read.</summary>
    public const int QuietZone = 4;

    private readonly bool[,] dark;

    private QrMatrix(bool[,] dark, int version)
    {
        this.dark = dark;
        Version = version;
    }

    /// <summary>Modules on a side: 17 + 4 × <see cref="Version"/>.</summary>
    public int Size => dark.GetLength(0);

    /// <summary>The QR version (1–40) the address needed.</summary>
    public int Version { get; }

    /// <summary>Whether the module in column <paramref name="x"/>, row <paramref name="y"/> (from the top left) is dark.</summary>
    public bool IsDark(int x, int y) => dark[y, x];

    public static QrMatrix Encode(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        using var code = QRCodeGenerator.GenerateQrCode(url.AbsoluteUri, QRCodeGenerator.ECCLevel.M);
        var rows = code.ModuleMatrix;
        var size = 17 + (4 * code.Version);
        var margin = (rows.Count - size) / 2;
        var dark = new bool[size, size];
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                dark[y, x] = rows[y + margin][x + margin];
            }
        }

        return new QrMatrix(dark, code.Version);
    }
}
