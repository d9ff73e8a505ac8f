namespace PerfTargets.Web.Printing;

/// <summary>
/// 打印选项 the user sets where the print is asked for, as the address's query: omitEmpty=true leaves
/// out the 二级 rows with nothing filed that a layout's paper would show (seed 000, the 88号 annex).
/// </summary>
public sealed record PrintOptions
{
    public static PrintOptions Default { get; } = new();

    public bool OmitEmptyLevel2s { get; init; }
}
