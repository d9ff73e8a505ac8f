namespace PerfTargets.Sheets.Tables;

/// <summary>
/// What stands above a table sheet's header row: a title across the table and, under it, what the
/// table covers on the left (预算年度、范围) and the money unit on the right. Both optional.
/// </summary>
public sealed record TableHead(string? Title = null, string? Scope = null, string? Unit = null)
{
    /// <summary>No title, no scope line: the header row is the sheet's first.</summary>
    public static TableHead None { get; } = new();

    /// <summary>How many rows the head takes.</summary>
    internal int Rows => (Title is null ? 0 : 1) + (Scope is null && Unit is null ? 0 : 1);
}
