using PerfTargets.Sheets.Writing;

namespace PerfTargets.Sheets.Tables;

/// <summary>
/// One column of a <see cref="TableSheet{T}"/>: its heading, its width in characters and the cell it
/// gives each row; <see cref="Total"/> is what the 合计 row shows under it, when anything.
/// </summary>
public sealed record TableColumn<T>(string Heading, double Width, Func<T, SheetCell> Cell)
{
    public SheetCell? Total { get; init; }
}
