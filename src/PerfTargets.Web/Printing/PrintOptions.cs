namespace PerfTargets.Web.Printing;

/// <summary>
/// 打印选项 the user sets where the print is asked for, as the address's query: omitEmpty=true leaves
/// out the 二级 rows with nothing filed that a layout's paper would show (seed 000, the 88号 annex);
/// version=n prints an approved version.
/// </summary>
public sealed record PrintOptions
{
    public static PrintOptions Default { get; } = new();

    public bool OmitEmptyLevel2s { get; init; }

    /// <summary>
    /// version=n: 第 n 版, an approved version of the declaration (an earlier one stays printable after an
    /// adjustment); null for what the declaration prints now.
    /// </summary>
    public int? Version { get; init; }
}
