using PerfTargets.Core.Validation;

namespace PerfTargets.Core.Review;

/// <summary>
/// 例外说明: a reviewer accepts one finding of the validation rules on a declaration — named by its
/// rule and path, so that it stays accepted in later versions that still have it — with a note
/// saying why. The finding is still listed, marked as accepted; it is not hidden. Withdrawing the
/// acceptance marks the row withdrawn rather than deleting it: the history keeps both steps.
/// </summary>
public sealed class ProblemAcceptance
{
    public int Id { get; set; }

    public int DeclarationId { get; set; }

    /// <summary>The version (第 n 版) the reviewer read when accepting.</summary>
    public int VersionNumber { get; set; }

    /// <summary>The rule's code, R01 …</summary>
    public string Rule { get; set; } = string.Empty;

    /// <summary>The problem's path, as <see cref="ValidationProblem.Path"/>.</summary>
    public string Path { get; set; } = string.Empty;

    /// <summary>The problem's message as it read then; the rule's wording may change later.</summary>
    public string Message { get; set; } = string.Empty;

    /// <summary>例外说明: why the reviewer accepts the finding.</summary>
    public string Note { get; set; } = string.Empty;

    /// <summary>The reviewer's section; only that section withdraws the acceptance.</summary>
    public int? SectionId { get; set; }

    /// <summary>The section's name as it was at the time.</summary>
    public string? ActingFor { get; set; }

    public int? UserId { get; set; }

    public string UserName { get; set; } = string.Empty;

    /// <summary>In UTC.</summary>
    public DateTime At { get; set; }

    /// <summary>When the acceptance was withdrawn (UTC); null while it stands.</summary>
    public DateTime? WithdrawnAt { get; set; }

    public int? WithdrawnById { get; set; }

    public string? WithdrawnBy { get; set; }

    public bool Stands => WithdrawnAt is null;

    /// <summary>Whether this acceptance is of <paramref name="problem"/>: the same rule at the same place.</summary>
    public bool Matches(ValidationProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return string.Equals(Rule, problem.Rule, StringComparison.Ordinal) && string.Equals(Path, problem.Path, StringComparison.Ordinal);
    }
}
