namespace PerfTargets.Sheets.Writing;

/// <summary>
/// How tall a row must be for its wrapped text. Excel, WPS and LibreOffice do not fit a row's height
/// to its text when they open a file, so a long 单位 name would run over the next row: the writer
/// sets the height itself, from the text's width in characters (a Chinese character is two).
/// </summary>
internal static class TextFit
{
    /// <summary>Points per line of the body font, and the padding of a row.</summary>
    private const double LineHeight = 14.5;
    private const double RowPadding = 4;

    /// <summary>How many lines <paramref name="text"/> takes in a column this many characters wide.</summary>
    public static int Lines(string text, double width) => text.Split('\n').Sum(line =>
        Math.Max(1, (int)Math.Ceiling(line.Sum(c => c > 0x2E80 ? 2.1 : 1.1) / Math.Max(width, 1))));

    /// <summary>The height of a row of <paramref name="lines"/> lines; none (the default height) for one.</summary>
    public static double? Height(int lines) => lines <= 1 ? null : (lines * LineHeight) + RowPadding;

    /// <summary>The height of a row whose cells each fill one column of these widths.</summary>
    public static double? RowHeight(IReadOnlyList<SheetCell> cells, IReadOnlyList<double> widths) =>
        Height(cells.Select((cell, i) => cell is { Kind: SheetCellKind.Text, Text: { } text } && i < widths.Count ? Lines(text, widths[i] - 1) : 1)
            .DefaultIfEmpty(1).Max());
}
