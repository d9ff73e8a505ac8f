using PerfTargets.Pdf.Verification;

namespace PerfTargets.Pdf.Tests;

/// <summary>
/// No QR decoder is at hand, so the code is read as a scanner starts reading one: the finder
/// patterns locate it, the format information (written twice, BCH-protected) names the error
/// correction level, the version information the version.
/// </summary>
public class QrMatrixTests
{
    private const string Hash = "9f2c6a4e1b7d3c5a8e0f2b4d6a8c0e1f3a5b7c9d1e3f5a7b9c1d3e5f7a9b1c3d";

    private static readonly Uri Signed = new($"https://jxmb.example.gov.cn/verify/{Hash}?s=0f1e2d3c4b5a69788796a5b4c3d2e1f0");

    [Fact]
    public void A_signed_verification_address_needs_version_8_of_49_modules()
    {
        var code = QrMatrix.Encode(Signed);

        code.Version.ShouldBe(8);
        code.Size.ShouldBe(49);
        VersionInformation(code).ShouldBe(8);
    }

    [Fact]
    public void An_unsigned_address_fits_version_6()
    {
        var code = QrMatrix.Encode(new Uri($"https://jxmb.example.gov.cn/verify/{Hash}"));

        code.Version.ShouldBe(6);
        code.Size.ShouldBe(41);
    }

    [Fact]
    public void The_quiet_zone_is_left_out_finder_patterns_sit_in_three_corners()
    {
        var code = QrMatrix.Encode(Signed);

        foreach (var (left, top) in new[] { (0, 0), (code.Size - 7, 0), (0, code.Size - 7) })
        {
            IsFinderPattern(code, left, top).ShouldBeTrue($"finder pattern at ({left}, {top})");
        }

        IsFinderPattern(code, code.Size - 7, code.Size - 7).ShouldBeFalse("the bottom right has none");
    }

    [Fact]
    public void Both_copies_of_the_format_information_say_level_M()
    {
        var code = QrMatrix.Encode(Signed);
        var (first, second) = FormatInformation(code);

        first.ShouldBe(second);
        IsBchCodeword(first, generator: 0b101_0011_0111, dataBits: 5).ShouldBeTrue("a valid format codeword");
        (first >> 13).ShouldBe(0b00, "error correction level M");
    }

    [Fact]
    public void Two_addresses_give_two_codes()
    {
        var one = QrMatrix.Encode(Signed);
        var other = QrMatrix.Encode(new Uri(Signed.AbsoluteUri.Replace("?s=0f", "?s=1f", StringComparison.Ordinal)));

        one.Size.ShouldBe(other.Size);
        Modules(one).ShouldNotBe(Modules(other));
        Modules(one).ShouldBe(Modules(QrMatrix.Encode(Signed)), "the same address, the same code");
    }

    private static string Modules(QrMatrix code) =>
        string.Concat(Enumerable.Range(0, code.Size * code.Size).Select(i => code.IsDark(i % code.Size, i / code.Size) ? '1' : '0'));

    private static bool IsFinderPattern(QrMatrix code, int left, int top)
    {
        for (var y = 0; y < 7; y++)
        {
            for (var x = 0; x < 7; x++)
            {
                var ring = Math.Max(Math.Abs(x - 3), Math.Abs(y - 3));
                if (code.IsDark(left + x, top + y) != (ring != 2))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The two 15-bit format codewords, most significant bit first, with the mask 101010000010010 taken off.</summary>
    private static (int First, int Second) FormatInformation(QrMatrix code)
    {
        var size = code.Size;
        (int X, int Y)[] first =
        [
            (0, 8), (1, 8), (2, 8), (3, 8), (4, 8), (5, 8), (7, 8), (8, 8), (8, 7),
            (8, 5), (8, 4), (8, 3), (8, 2), (8, 1), (8, 0),
        ];
        var second = Enumerable.Range(0, 7).Select(i => (8, size - 1 - i))
            .Concat(Enumerable.Range(0, 8).Select(i => (size - 8 + i, 8)));
        return (Read(code, first) ^ 0b101_0100_0001_0010, Read(code, second) ^ 0b101_0100_0001_0010);
    }

    /// <summary>The version from the 18-bit block above the top-right finder pattern, after its BCH check.</summary>
    private static int VersionInformation(QrMatrix code)
    {
        var cells = from y in Enumerable.Range(0, 6).Reverse()
                    from x in Enumerable.Range(code.Size - 11, 3).Reverse()
                    select (x, y);
        var word = Read(code, cells);
        IsBchCodeword(word, generator: 0b1_1111_0010_0101, dataBits: 6).ShouldBeTrue("a valid version codeword");
        return word >> 12;
    }

    private static int Read(QrMatrix code, IEnumerable<(int X, int Y)> cells) =>
        cells.Aggregate(0, (word, cell) => (word << 1) | (code.IsDark(cell.X, cell.Y) ? 1 : 0));

    private static bool IsBchCodeword(int word, int generator, int dataBits)
    {
        var degree = 31 - int.LeadingZeroCount(generator);
        var remainder = (word >> degree) << degree;
        for (var bit = degree + dataBits - 1; bit >= degree; bit--)
        {
            if ((remainder & (1 << bit)) != 0)
            {
                remainder ^= generator << (bit - degree);
            }
        }

        return remainder == (word & ((1 << degree) - 1));
    }
}
