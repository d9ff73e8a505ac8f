namespace PerfTargets.Core.Taxonomy;

/// <summary>
/// 指标体系: a named set of 一级指标, the 二级指标 allowed under each, and which 一级 must hold at
/// least one 三级. Frameworks are data: the admin adds a site's own beside the seeded ones.
/// </summary>
public sealed class IndicatorFramework
{
    public int Id { get; set; }

    /// <summary>Short stable code ("2015", "2021", "2021-效果").</summary>
    public string Code { get; set; } = string.Empty;

    /// <summary>Name shown to users.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Where it comes from (财预〔2015〕88号 …).</summary>
    public string? Source { get; set; }

    public List<FrameworkLevel1> Level1s { get; set; } = [];

    public FrameworkLevel1? FindLevel1(string name) => Level1s.FirstOrDefault(l => l.Name == name);

    /// <summary>Whether this framework files <paramref name="level2"/> under <paramref name="level1"/>.</summary>
    public bool Allows(string level1, string level2) => FindLevel1(level1)?.Level2s.Any(l => l.Name == level2) ?? false;
}
