using System.Text;

namespace PerfTargets.Sheets.Pasting;

/// <summary>
/// 剪贴板表格: a block of cells as Excel, WPS and LibreOffice put it on the clipboard — rows on lines (CRLF, LF or CR),
/// cells split by tabs; a cell holding a tab, a line break or a quote is quoted, its quotes doubled.
/// </summary>
public static class ClipboardTable
{
    /// <summary>The most rows one paste takes: a declaration holds at most 500 indicators or budget lines.</summary>
    public const int MaxRows = 500;

    /// <summary>The most characters one paste takes.</summary>
    public const int MaxCharacters = 500_000;

    /// <summary>Whether a pasted text is a block of cells (more than one cell) rather than text for one box.</summary>
    public static bool IsBlock(string? text) => text is not null && text.TrimEnd('\r', '\n').AsSpan().IndexOfAny('\t', '\n', '\r') >= 0;

    /// <summary>The rows of cells, trailing line break dropped; cells trimmed of surrounding spaces.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = new List<IReadOnlyList<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        var atCellStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when atCellStart:
                    quoted = true;
                    atCellStart = false;
                    break;
                case '\t':
                    row.Add(cell.ToString().Trim());
                    cell.Clear();
                    atCellStart = true;
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                // A lone CR ends a line too, as older Mac programs write it.
                case '\r':
                case '\n':
                    row.Add(cell.ToString().Trim());
                    rows.Add(row);
                    row = [];
                    cell.Clear();
                    atCellStart = true;
                    break;
                default:
                    cell.Append(c);
                    atCellStart = false;
                    break;
            }
        }

        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString().Trim());
            rows.Add(row);
        }

        return rows;
    }
}
