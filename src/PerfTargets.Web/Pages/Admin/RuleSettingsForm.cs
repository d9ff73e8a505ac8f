using PerfTargets.Core.Validation.Review;

namespace PerfTargets.Web.Pages.Admin;

/// <summary>
/// The rule settings as the admin page edits them: a level per rule (blank = as built), the
/// minimum, word lists as text (one word per line or separated by 、，), the odd units as
/// “单位=应为的单位” lines and the unit classes each 二级 accepts as “Quantity:Count” ticks.
/// </summary>
public sealed class RuleSettingsForm
{
    private static readonly char[] Separators = ['\n', '\r', '、', '，', ',', '；', ';', ' ', '\t', '\u3000'];

    public Dictionary<string, RuleLevel?> Levels { get; set; } = [];

    public int MinimumIndicators { get; set; }

    public string? VagueWords { get; set; }

    public string? GradeWords { get; set; }

    public string? Counts { get; set; }

    public string? Percents { get; set; }

    public string? Durations { get; set; }

    public string? Odd { get; set; }

    public List<string> Accepted { get; set; } = [];

    public string? Note { get; set; }

    /// <summary>The form key of an accepted unit class under a 二级 kind.</summary>
    public static string AcceptedKey(Level2Kind kind, UnitClass unitClass) => $"{kind}:{unitClass}";

    public static RuleSettingsForm From(RuleSettings settings) => new()
    {
        Levels = settings.Levels.ToDictionary(l => l.Key, l => (RuleLevel?)l.Value),
        MinimumIndicators = settings.MinimumIndicators,
        VagueWords = string.Join("、", settings.VagueWords),
        GradeWords = string.Join("、", settings.GradeWords),
        Counts = string.Join("、", settings.Units.Counts),
        Percents = string.Join("、", settings.Units.Percents),
        Durations = string.Join("、", settings.Units.Durations),
        Odd = string.Join("\n", settings.Units.Odd.Select(o => $"{o.Key}={o.Value}")),
        Accepted = [.. settings.Units.Accepted.SelectMany(a => a.Value.Select(c => AcceptedKey(a.Key, c)))],
    };

    /// <summary>The settings the form describes; <paramref name="oddLines"/> gets the 不完整单位 lines that are not “单位=说明”.</summary>
    public RuleSettings ToSettings(out List<string> oddLines)
    {
        var settings = new RuleSettings
        {
            Levels = Levels.Where(l => l.Value is not null).ToDictionary(l => l.Key, l => l.Value!.Value, StringComparer.Ordinal),
            MinimumIndicators = MinimumIndicators,
            VagueWords = Words(VagueWords),
            GradeWords = Words(GradeWords),
        };
        settings.Units.Counts = Words(Counts);
        settings.Units.Percents = Words(Percents);
        settings.Units.Durations = Words(Durations);
        settings.Units.Odd = new Dictionary<string, string>(StringComparer.Ordinal);
        oddLines = [];
        foreach (var line in (Odd ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(['=', '＝'], 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && parts[0].Length > 0 && parts[1].Length > 0)
            {
                settings.Units.Odd[parts[0]] = parts[1];
            }
            else
            {
                oddLines.Add(line);
            }
        }

        settings.Units.Accepted = Enum.GetValues<Level2Kind>().Where(k => k != Level2Kind.Other).ToDictionary(
            kind => kind,
            kind => Enum.GetValues<UnitClass>().Where(c => Accepted.Contains(AcceptedKey(kind, c))).ToList());
        return settings;
    }

    /// <summary>The ticks no 二级 kind and unit class of the page stand for: only a hand-made post has them.</summary>
    public IReadOnlyList<string> UnknownAccepted() =>
        [.. Accepted.Where(key => !Enum.GetValues<Level2Kind>().Any(kind => Enum.GetValues<UnitClass>().Any(c => AcceptedKey(kind, c) == key)))];

    private static List<string> Words(string? text) =>
        [.. (text ?? string.Empty).Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];
}
