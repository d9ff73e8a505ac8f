using PerfTargets.Core.Library;

namespace PerfTargets.Browser.Tests;

/// <summary>
/// One run of the re-entry study: the keystrokes and the time each indicator took, and for the run
/// with suggestions, the suggestion taken (its source) or null where none reached the name.
/// </summary>
internal sealed class ReentryPass(string how)
{
    public string How { get; } = how;

    public List<(string Name, int Keys, TimeSpan Time, SuggestionKind? Took)> Rows { get; } = [];

    /// <summary>The save at the end: one keystroke.</summary>
    public int Keys => Rows.Sum(r => r.Keys) + 1;

    public TimeSpan Time { get; set; }

    public string Summary() =>
        $"{How}：共 {Keys} 次按键，平均每个指标 {Rows.Average(r => r.Keys):0.0} 次；用时 {Time.TotalSeconds:0.0} 秒，平均每个指标 {Rows.Average(r => r.Time.TotalSeconds):0.00} 秒";
}
