namespace PerfTargets.Web.Pages.Declarations.Edit;

/// <summary>One 制度保障 row as typed.</summary>
public sealed class SafeguardForm
{
    public string Key { get; set; } = string.Empty;

    public string? Category { get; set; }

    public string? DocumentName { get; set; }

    public string? Measures { get; set; }

    public bool Planning { get; set; }

    public bool Implementation { get; set; }

    public bool Closing { get; set; }

    public static SafeguardForm From(SystemSafeguard safeguard, int position) => new()
    {
        Key = position.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Category = safeguard.Category,
        DocumentName = safeguard.DocumentName,
        Measures = safeguard.Measures,
        Planning = safeguard.Stages.HasFlag(SafeguardStages.Planning),
        Implementation = safeguard.Stages.HasFlag(SafeguardStages.Implementation),
        Closing = safeguard.Stages.HasFlag(SafeguardStages.Closing),
    };
}
