using System.Text.RegularExpressions;
using PerfTargets.Sheets.Declarations;
using PerfTargets.Sheets.Reading;

namespace PerfTargets.Sheets.Pasting;

/// <summary>
/// A pasted block as a sheet the import's readers take: a heading row (the block's own, or one that
/// stands for the grid's columns where it lands) over the block's rows, and the readers' problems
/// brought back to the block's rows and columns with the text that was pasted there.
/// </summary>
internal sealed partial class PastedSheet
{
    private const string Name = "粘贴";

    private PastedSheet(ReadSheet sheet) => Sheet = sheet;

    public ReadSheet Sheet { get; }

    /// <summary>The first row of data: the one under the headings.</summary>
    public const int FirstRow = 2;

    public static PastedSheet Of(IReadOnlyList<string> heading, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var cells = new Dictionary<CellReference, ReadCell>();
        for (var column = 0; column < heading.Count; column++)
        {
            cells[new CellReference(1, column + 1)] = new ReadCell(heading[column], null, false);
        }

        for (var row = 0; row < rows.Count; row++)
        {
            for (var column = 0; column < rows[row].Count; column++)
            {
                cells[new CellReference(row + FirstRow, column + 1)] = new ReadCell(rows[row][column], null, false);
            }
        }

        return new PastedSheet(new ReadSheet(Name, cells, []));
    }

    /// <summary>The sheet row and column (from 1) a reader's address names; (0, 0) for none.</summary>
    public static (int Row, int Column) CellOf(string address) =>
        address.StartsWith(Name + "!", StringComparison.Ordinal) && CellReference.TryParse(address[(Name.Length + 1)..], out var reference)
            ? (reference.Row, reference.Column)
            : (0, 0);

    /// <summary>The readers' problems at the result's rows (<paramref name="resultRowOf"/>: sheet row → result row) and the block's columns.</summary>
    public List<PastedProblem<TField>> Problems<TField>(IEnumerable<SheetProblem> problems, IReadOnlyDictionary<int, int> resultRowOf, IReadOnlyList<TField?> fields)
        where TField : struct
    {
        var found = new List<PastedProblem<TField>>();
        foreach (var problem in problems)
        {
            var (row, column) = CellOf(problem.Address);
            if (resultRowOf.TryGetValue(row, out var index) && column >= 1 && column <= fields.Count && fields[column - 1] is { } field)
            {
                found.Add(new(index, field, problem.Message, Sheet[row, column].Text));
            }
        }

        return found;
    }

    /// <summary>
    /// A block's rows without the empty ones and without a form's 合计/小计/总计 row or a 备注：/说明：
    /// line copied along with the table: they are no rows of it, and left in they would also hide
    /// which names a column holds.
    /// </summary>
    public static List<IReadOnlyList<string>> RowsOf(string? text, List<string> notes)
    {
        var rows = ClipboardTable.Parse(text ?? string.Empty).Where(r => r.Any(c => c.Length > 0) && !IsTotalOrNote(r)).ToList();
        if (rows.Count == 0)
        {
            notes.Add("剪贴板中没有可粘贴的内容。");
        }

        return rows;
    }

    private static bool IsTotalOrNote(IReadOnlyList<string> row)
    {
        var first = row.FirstOrDefault(c => c.Trim().Length > 0)?.Trim() ?? string.Empty;
        return string.Concat(first.Where(c => !char.IsWhiteSpace(c))) is "合计" or "小计" or "总计" || NoteLine().IsMatch(first);
    }

    [GeneratedRegex(@"^(备注|说明|注)\s*[：:]")]
    private static partial Regex NoteLine();

    /// <summary>The data rows, cut to <see cref="ClipboardTable.MaxRows"/> with a note.</summary>
    public static List<IReadOnlyList<string>> Limited(List<IReadOnlyList<string>> rows, List<string> notes)
    {
        if (rows.Count <= ClipboardTable.MaxRows)
        {
            return rows;
        }

        notes.Add($"一次最多粘贴 {ClipboardTable.MaxRows} 行，已粘贴前 {ClipboardTable.MaxRows} 行。");
        return rows.Take(ClipboardTable.MaxRows).ToList();
    }
}
