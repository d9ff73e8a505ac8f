namespace PerfTargets.Web.Pages.Declarations.Edit;

/// <summary>One 三级 indicator row as typed.</summary>
public sealed class IndicatorForm
{
    public string Key { get; set; } = string.Empty;

    public string? Level1 { get; set; }

    public string? Level2 { get; set; }

    public string? Name { get; set; }

    public IndicatorNature Nature { get; set; }

    public TargetForm MidTerm { get; set; } = new();

    public TargetForm Annual { get; set; } = new();

    public string? Description { get; set; }

    public IndicatorBasis? Basis { get; set; }

    public string? Remark { get; set; }

    /// <summary>权重 / 分值, as typed.</summary>
    public string? Weight { get; set; }

    public IndicatorDirection? Direction { get; set; }

    public string? ScoringStandard { get; set; }

    public bool NotApplicable { get; set; }

    public static IndicatorForm From(Indicator indicator, int position) => new()
    {
        Key = position.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Level1 = indicator.Level1,
        Level2 = indicator.Level2,
        Name = indicator.Name,
        Nature = indicator.Nature,
        MidTerm = TargetForm.From(indicator.MidTerm),
        Annual = TargetForm.From(indicator.Annual),
        Description = indicator.Description,
        Basis = indicator.Basis,
        Remark = indicator.Remark,
        Weight = IndicatorWeights.Format(indicator.Weight),
        Direction = indicator.Direction,
        ScoringStandard = indicator.ScoringStandard,
        NotApplicable = indicator.NotApplicable,
    };
}
