namespace PerfTargets.Sheets.Reading;

/// <summary>
/// How much of an uploaded workbook is read before it is refused: a declaration's form is tens of
/// kilobytes and a few thousand cells, so anything far larger is a mistake or an attack (a zip bomb
/// unpacks a small file into gigabytes). The one definition the pages and messages use.
/// </summary>
public static class WorkbookLimits
{
    /// <summary>The largest file accepted (5 MiB).</summary>
    public const long MaxFileBytes = 5L * 1024 * 1024;

    /// <summary>The most its parts may unpack to, all together (50 MiB).</summary>
    public const long MaxUnpackedBytes = 50L * 1024 * 1024;

    /// <summary>The most parts (files inside the zip) a workbook may have.</summary>
    public const int MaxParts = 500;

    /// <summary>The most cells read from one sheet, and merged cells in all.</summary>
    public const int MaxCells = 200_000;

    /// <summary>The size limit as the pages word it: 5 MB.</summary>
    public static string FileSizeText => $"{MaxFileBytes / 1024 / 1024} MB";

    /// <summary>What an upload page says of a file of <paramref name="bytes"/> over the limit, before reading it.</summary>
    public static string TooLarge(long bytes) => $"文件有 {bytes:N0} 字节，超过上限 {FileSizeText}（{MaxFileBytes:N0} 字节）。";
}
