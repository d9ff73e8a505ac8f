namespace PerfTargets.Core.Taxonomy;

/// <summary>一级指标 of a framework.</summary>
public sealed class FrameworkLevel1
{
    public int Id { get; set; }

    public int Sequence { get; set; }

    public string Name { get; set; } = string.Empty;

    /// <summary>A declaration must have at least one 三级 under this 一级.</summary>
    public bool Required { get; set; }

    public List<FrameworkLevel2> Level2s { get; set; } = [];
}
