namespace PerfTargets.Sheets.Reading;

/// <summary>
/// One sheet of a file as read: its cells by address and its merged ranges; a cell covered by a
/// merge reads as the range's top-left cell, as a person sees it.
/// </summary>
public sealed class ReadSheet(string name, IReadOnlyDictionary<CellReference, ReadCell> cells, IReadOnlyList<(CellReference First, CellReference Last)> merges)
{
    private readonly Dictionary<CellReference, CellReference> topLeftOf = TopLeftOf(merges);

    public string Name { get; } = name;

    /// <summary>The last row and column holding anything.</summary>
    public int LastRow { get; } = cells.Count == 0 ? 0 : cells.Keys.Max(c => c.Row);

    public int LastColumn { get; } = cells.Count == 0 ? 0 : cells.Keys.Max(c => c.Column);

    public IReadOnlyList<(CellReference First, CellReference Last)> Merges { get; } = merges;

    /// <summary>The cell at an address, merged cells resolved to their range's top-left.</summary>
    public ReadCell this[CellReference reference] =>
        cells.GetValueOrDefault(topLeftOf.GetValueOrDefault(reference, reference)) ?? ReadCell.Blank;

    public ReadCell this[int row, int column] => this[new CellReference(row, column)];

    /// <summary>The last column of the merged range a cell starts, or the cell's own.</summary>
    public int LastColumnOf(CellReference reference) =>
        Merges.FirstOrDefault(m => m.First == reference) is { First.Row: > 0 } merge ? merge.Last.Column : reference.Column;

    /// <summary>Whether the cell is covered by a merge and is not its top-left.</summary>
    public bool IsCovered(CellReference reference) => topLeftOf.TryGetValue(reference, out var topLeft) && topLeft != reference;

    /// <summary>The addresses holding anything, row by row.</summary>
    public IEnumerable<CellReference> Filled => cells.Where(c => !c.Value.IsBlank).Select(c => c.Key).OrderBy(c => c.Row).ThenBy(c => c.Column);

    /// <summary>"绩效指标!D14", as messages name a cell.</summary>
    public string Address(CellReference reference) => $"{Name}!{reference}";

    private static Dictionary<CellReference, CellReference> TopLeftOf(IReadOnlyList<(CellReference First, CellReference Last)> merges)
    {
        var map = new Dictionary<CellReference, CellReference>();
        foreach (var (first, last) in merges)
        {
            for (var row = first.Row; row <= last.Row; row++)
            {
                for (var column = first.Column; column <= last.Column; column++)
                {
                    map.TryAdd(new CellReference(row, column), first);
                }
            }
        }

        return map;
    }
}
