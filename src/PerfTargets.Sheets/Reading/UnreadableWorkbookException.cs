namespace PerfTargets.Sheets.Reading;

/// <summary>A file that cannot be read as a workbook at all (not .xlsx, corrupt, too large unpacked), with the reason in Chinese.</summary>
public sealed class UnreadableWorkbookException(string message, Exception? inner = null) : Exception(message, inner);
