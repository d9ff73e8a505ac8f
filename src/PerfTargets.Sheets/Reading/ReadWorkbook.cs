namespace PerfTargets.Sheets.Reading;

/// <summary>A workbook as read: its sheets in tab order and its custom document properties.</summary>
public sealed record ReadWorkbook(IReadOnlyList<ReadSheet> Sheets, IReadOnlyDictionary<string, string> CustomProperties)
{
    /// <summary>The sheet of this name, or null.</summary>
    public ReadSheet? Sheet(string name) => Sheets.FirstOrDefault(s => string.Equals(s.Name.Trim(), name, StringComparison.Ordinal));
}
