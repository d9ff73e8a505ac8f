namespace PerfTargets.Sheets.Writing;

/// <summary>
/// The workbook's document properties (文件属性): title, author, subject and keywords, and custom
/// properties by name (a frozen version's 版本号 and 内容哈希, the codes an import needs).
/// </summary>
public sealed record WorkbookInfo
{
    public string? Title { get; init; }

    public string? Creator { get; init; }

    public string? Subject { get; init; }

    public string? Keywords { get; init; }

    public string? Description { get; init; }

    /// <summary>Written as text properties, in this order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Custom { get; init; } = [];
}
