namespace PerfTargets.Web.Pages.Declarations.Edit;

/// <summary>A target as typed: the comparator, then one box for a number or a grade text, then the unit.</summary>
public sealed class TargetForm
{
    public Comparator? Comparator { get; set; }

    public string? Value { get; set; }

    public string? Unit { get; set; }

    public static TargetForm From(IndicatorTarget target) => new()
    {
        Comparator = target.Comparator,
        Value = target.Body,
        Unit = target.Unit,
    };
}
