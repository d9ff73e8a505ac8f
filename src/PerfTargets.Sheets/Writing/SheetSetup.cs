namespace PerfTargets.Sheets.Writing;

/// <summary>Which way the page is turned when the sheet prints.</summary>
public enum PageOrientation
{
    Portrait,
    Landscape,
}

/// <summary>Page margins in centimetres, and the header's and footer's distance from the edge.</summary>
public sealed record PageMarginsCm(double Left, double Right, double Top, double Bottom, double Header = 0.8, double Footer = 0.8)
{
    /// <summary>The margins of the printed forms (about those of the PDF).</summary>
    public static PageMarginsCm Form { get; } = new(1.5, 1.5, 1.6, 1.6);
}

/// <summary>
/// A header or footer line in its three parts. Text is taken as written (an ampersand is escaped);
/// <see cref="PageNumber"/> and <see cref="PageCount"/> stand for the page fields.
/// </summary>
public sealed record HeaderFooterText(string? Left = null, string? Centre = null, string? Right = null)
{
    /// <summary>The current page's number, where it stands in a part's text.</summary>
    public const string PageNumber = "\u0001P";

    /// <summary>The number of pages.</summary>
    public const string PageCount = "\u0001N";

    /// <summary>第 n 页 共 m 页.</summary>
    public static string PageOfPages => $"第 {PageNumber} 页 共 {PageCount} 页";

    /// <summary>The line in SpreadsheetML's codes: &amp;L…&amp;C…&amp;R…, a literal ampersand doubled.</summary>
    public string ToCodes()
    {
        static string Part(string code, string? text) => string.IsNullOrEmpty(text)
            ? string.Empty
            : code + text.Replace("&", "&&", StringComparison.Ordinal).Replace("\u0001", "&", StringComparison.Ordinal);
        return Part("&L", Left) + Part("&C", Centre) + Part("&R", Right);
    }
}

/// <summary>
/// How a sheet is laid out and printed: column widths (in characters), A4 portrait or landscape,
/// fit to the page's width, rows repeated on every printed page, header and footer, margins and
/// the rows frozen at the top while scrolling.
/// </summary>
public sealed record SheetSetup
{
    /// <summary>Each column's width, from column A, in characters of the standard font.</summary>
    public IReadOnlyList<double> ColumnWidths { get; init; } = [];

    public PageOrientation Orientation { get; init; } = PageOrientation.Portrait;

    /// <summary>Scales the print so that every column fits the page's width (as many pages down as needed).</summary>
    public bool FitToWidth { get; init; } = true;

    /// <summary>Rows printed at the top of every page (print titles), first and last, from 1.</summary>
    public (int First, int Last)? RepeatedRows { get; init; }

    public HeaderFooterText? Header { get; init; }

    public HeaderFooterText? Footer { get; init; }

    public PageMarginsCm Margins { get; init; } = PageMarginsCm.Form;

    /// <summary>How many rows stay in view at the top while scrolling; none by default.</summary>
    public int FrozenRows { get; init; }

    /// <summary>Whether the grid lines show on screen (a form shows only its borders).</summary>
    public bool ShowGridLines { get; init; } = true;
}
