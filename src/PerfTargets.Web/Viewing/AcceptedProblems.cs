using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using PerfTargets.Core.Review;
using PerfTargets.Core.Validation;
using PerfTargets.Data.Review;

namespace PerfTargets.Web.Viewing;

/// <summary>
/// 例外说明 as a problem list shows them: the acceptances that stand, and whether the reader may
/// accept and withdraw (the reviewer whose turn it is). A page hands it to the shared problem list
/// through <see cref="Key"/> in its view data, so that lists without it (the editor's) stay as they are.
/// </summary>
public sealed partial record AcceptedProblems
{
    public const string Key = nameof(AcceptedProblems);

    public required IReadOnlyList<ProblemAcceptance> Standing { get; init; }

    /// <summary>Whether the reader is the reviewer whose section the declaration waits on.</summary>
    public bool CanAct { get; init; }

    /// <summary>The reader's review section: it withdraws only its own section's acceptances.</summary>
    public int? SectionId { get; init; }

    /// <summary>The version and state the reader sees, which an accept or withdraw form names.</summary>
    public int VersionId { get; init; }

    public Guid Stamp { get; init; }

    /// <summary>An acceptance refused at its note: which finding, the note as typed, and why.</summary>
    public (string? Rule, string? Path, string? Note, string Error)? Refused { get; init; }

    /// <summary>The acceptance standing for <paramref name="problem"/>, if any.</summary>
    public ProblemAcceptance? For(ValidationProblem problem) => Standing.FirstOrDefault(a => a.Matches(problem));

    public bool CanWithdraw(ProblemAcceptance acceptance) => CanAct && acceptance?.SectionId == SectionId;

    /// <summary>How many of <paramref name="problems"/> are accepted.</summary>
    public int CountIn(IEnumerable<ValidationProblem> problems) => problems.Count(p => For(p) is not null);

    /// <summary>The note typed and the reason, when the refused acceptance was of <paramref name="problem"/>.</summary>
    public (string? Note, string Error)? RefusedFor(ValidationProblem problem) =>
        Refused is { } refused && refused.Rule == problem?.Rule && refused.Path == problem?.Path ? (refused.Note, refused.Error) : null;

    /// <summary>A note box's id, one per finding on the page.</summary>
    public static string NoteId(ValidationProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return $"note-{problem.Rule}-{NotInId().Replace(problem.Path, "-")}";
    }

    /// <summary>The acceptances standing in <paramref name="history"/>, to read only.</summary>
    public static AcceptedProblems ReadOnly(DeclarationHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return new AcceptedProblems { Standing = history.StandingAcceptances };
    }

    /// <summary>What the page handed to its problem list; null where it shows no 例外说明.</summary>
    public static AcceptedProblems? In(ViewDataDictionary viewData) => viewData?[Key] as AcceptedProblems;

    [GeneratedRegex("[^A-Za-z0-9]+")]
    private static partial Regex NotInId();
}
