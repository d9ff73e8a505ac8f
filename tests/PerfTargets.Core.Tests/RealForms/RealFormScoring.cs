using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfTargets.Core.Tests.RealForms;

/// <summary>tests/RealForms/scoring.json: each form's findings (from findings.md) and what the rules do about each.</summary>
internal sealed record RealFormScoring(Dictionary<string, FormScore> Forms)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static RealFormScoring Load() =>
        JsonSerializer.Deserialize<RealFormScoring>(File.ReadAllText(Path.Combine(RealForm.Root, "scoring.json")), Options)!;
}

internal sealed record FormScore(Dictionary<string, FindingScore> Findings, List<ErrorWithoutFinding> ErrorsWithoutFinding);

/// <summary>One finding: caught, partly, missed, not-checkable, not-held or clean; the rules that report it, or (for clean) must stay silent.</summary>
internal sealed record FindingScore(string Verdict, List<string> Rules, string Note, List<string>? Silent)
{
    [JsonIgnore]
    public bool Reported => Verdict is "caught" or "partly";
}

internal sealed record ErrorWithoutFinding(string Rule, string Path, string Why);
