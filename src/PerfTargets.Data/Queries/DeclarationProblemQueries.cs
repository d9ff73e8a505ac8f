using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Validation;
using PerfTargets.Core.Validation.Review;

namespace PerfTargets.Data.Queries;

/// <summary>
/// Runs the validation rules on stored declarations, each against its own framework and with the
/// rule settings in force when it was judged: a draft now, a submitted declaration when its latest
/// version was submitted (a later change of settings does not alter that verdict).
/// </summary>
public static class DeclarationProblemQueries
{
    /// <summary>The problem counts of the given declarations, for a page of the list.</summary>
    public static async Task<IReadOnlyDictionary<int, ProblemCount>> CountProblemsAsync(
        this PerfTargetsDbContext db, IReadOnlyCollection<int> declarationIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var declarations = await db.Declarations.AsNoTracking().Where(d => declarationIds.Contains(d.Id)).ToListAsync(cancellationToken);
        var frameworkIds = declarations.Select(d => d.FrameworkId).Distinct().ToList();
        var frameworks = await db.IndicatorFrameworks.AsNoTracking().Where(f => frameworkIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, cancellationToken);
        var submitted = await SubmittedAtAsync(db, declarations.Where(d => d.Status != DeclarationStatus.Draft).Select(d => d.Id).ToList(), cancellationToken);
        // Newest first; a revision is read from its JSON only if a row on the page is judged by it.
        var revisions = await db.RuleSettingsHistoryAsync(cancellationToken);
        var read = new Dictionary<int, RuleSettings>();
        RuleSettings InForceAt(DateTime? at) =>
            revisions.FirstOrDefault(r => at is null || r.ChangedAt <= at) is { } revision
                ? read.TryGetValue(revision.Id, out var settings) ? settings : read[revision.Id] = revision.Read()
                : RuleSettings.Default;
        return declarations.ToDictionary(d => d.Id, d => ProblemCount.Of(DeclarationCheck.Problems(d, frameworks[d.FrameworkId],
            InForceAt(submitted.TryGetValue(d.Id, out var at) ? at : null))));
    }

    /// <summary>
    /// What the rules find in one declaration against its framework, with the settings in force at
    /// <paramref name="judgedAt"/> (a frozen version's submission); for a declaration read as submitted,
    /// at its latest submission; otherwise now.
    /// </summary>
    public static async Task<IReadOnlyList<ValidationProblem>> ProblemsAsync(this PerfTargetsDbContext db, Declaration declaration,
        DateTime? judgedAt = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(declaration);
        var framework = await db.IndicatorFrameworks.AsNoTracking().SingleAsync(f => f.Id == declaration.FrameworkId, cancellationToken);
        if (judgedAt is null && declaration.Status != DeclarationStatus.Draft
            && (await SubmittedAtAsync(db, [declaration.Id], cancellationToken)).TryGetValue(declaration.Id, out var submittedAt))
        {
            judgedAt = submittedAt;
        }

        return DeclarationCheck.Problems(declaration, framework, await db.RuleSettingsAsync(judgedAt, cancellationToken));
    }

    /// <summary>When each declaration's latest version was submitted.</summary>
    private static async Task<Dictionary<int, DateTime>> SubmittedAtAsync(PerfTargetsDbContext db, List<int> ids, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? []
            : await db.DeclarationVersions.AsNoTracking().Where(v => ids.Contains(v.DeclarationId))
                .GroupBy(v => v.DeclarationId).Select(g => new { g.Key, At = g.Max(v => v.SubmittedAt) })
                .ToDictionaryAsync(g => g.Key, g => g.At, cancellationToken);
}
