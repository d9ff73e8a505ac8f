namespace PerfTargets.Testing.Pasting;

/// <summary>Blocks of cells as a spreadsheet puts them on the clipboard, for the paste tests.</summary>
public static class ClipboardBlocks
{
    /// <summary>
    /// Seed 002's first declaration's 13 indicators (一级, 二级, 三级, 中期指标值, 年度指标值) as copied
    /// from its form in a spreadsheet: merged 一级/二级 cells give their value once and blanks below,
    /// a target is one cell ("≥150家"), lines end in CRLF.
    /// </summary>
    public static string Seed002Indicators => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Pasting", "seed-002-indicators.tsv"));
}
