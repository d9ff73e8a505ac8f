using System.Globalization;

namespace PerfTargets.Sheets;

/// <summary>
/// A cell's address as a spreadsheet names it ("D14"): column letters and row number, both counted
/// from 1. The one place that turns columns into letters and back, for the writer and the reader.
/// </summary>
public readonly record struct CellReference(int Row, int Column)
{
    /// <summary>The largest column a sheet has (XFD).</summary>
    public const int MaxColumn = 16_384;

    /// <summary>The largest row a sheet has.</summary>
    public const int MaxRow = 1_048_576;

    /// <summary>"A" for 1, "Z" for 26, "AA" for 27.</summary>
    public static string ColumnLetters(int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(column, MaxColumn);
        Span<char> letters = stackalloc char[3];
        var at = letters.Length;
        for (var rest = column; rest > 0; rest = (rest - 1) / 26)
        {
            letters[--at] = (char)('A' + ((rest - 1) % 26));
        }

        return new string(letters[at..]);
    }

    /// <summary>Reads "D14" (or "$D$14"); false for text that is no cell address.</summary>
    public static bool TryParse(string? text, out CellReference reference)
    {
        reference = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var column = 0;
        var at = 0;
        var plain = text.Replace("$", string.Empty, StringComparison.Ordinal);
        while (at < plain.Length && char.IsAsciiLetter(plain[at]))
        {
            column = (column * 26) + (char.ToUpperInvariant(plain[at]) - 'A' + 1);
            if (column > MaxColumn)
            {
                return false;
            }

            at++;
        }

        if (at == 0 || at == plain.Length
            || !int.TryParse(plain.AsSpan(at), NumberStyles.None, CultureInfo.InvariantCulture, out var row) || row is < 1 or > MaxRow)
        {
            return false;
        }

        reference = new CellReference(row, column);
        return true;
    }

    /// <summary>Reads "D14"; throws for text that is no cell address.</summary>
    public static CellReference Parse(string text) =>
        TryParse(text, out var reference) ? reference : throw new FormatException($"“{text}” is not a cell address.");

    /// <summary>"D14".</summary>
    public override string ToString() => ColumnLetters(Column) + Row.ToString(CultureInfo.InvariantCulture);

    /// <summary>A range "A1:H1" from this cell to <paramref name="last"/>.</summary>
    public string To(CellReference last) => $"{this}:{last}";
}
