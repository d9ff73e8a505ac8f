namespace PerfTargets.Core.Taxonomy;

/// <summary>二级指标 allowed under a 一级 of a framework.</summary>
public sealed class FrameworkLevel2
{
    public int Id { get; set; }

    public int Sequence { get; set; }

    public string Name { get; set; } = string.Empty;
}
