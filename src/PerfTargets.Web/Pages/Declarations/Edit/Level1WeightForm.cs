namespace PerfTargets.Web.Pages.Declarations.Edit;

/// <summary>一级指标分值 as typed: the 一级 it belongs to and its points.</summary>
public sealed class Level1WeightForm
{
    public string? Level1 { get; set; }

    public string? Weight { get; set; }
}
