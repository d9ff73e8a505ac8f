using PerfTargets.Core.Review;
using PerfTargets.Core.Validation;

namespace PerfTargets.Core.Summaries;

/// <summary>
/// Which of a row's declarations a column of the 汇总表 counts, as the declaration list filters them:
/// a state, the section they wait on, or what the rules find in them; none of these for the row's
/// every declaration (申报份数, the amounts, the indicators).
/// </summary>
public sealed record SummaryDrill(FilingState? State = null, int? AwaitingSectionId = null, ProblemFilter? Problems = null)
{
    /// <summary>Every declaration of the row.</summary>
    public static SummaryDrill All { get; } = new();
}
