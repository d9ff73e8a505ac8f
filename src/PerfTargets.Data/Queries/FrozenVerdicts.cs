using Microsoft.Extensions.Caching.Memory;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Review;
using PerfTargets.Core.Taxonomy;
using PerfTargets.Core.Validation;

namespace PerfTargets.Data.Queries;

/// <summary>
/// What the rules found in a frozen version, kept per process once judged. The verdict depends only
/// on the content (its hash), the framework and the rule settings in force at the submission; none of
/// them changes once submitted (settings revisions are only ever added, dated when made), so the
/// view and the review page need not judge the same version again on every request. The version is
/// read and its hash checked on every request as before: only the judging is saved.
/// </summary>
public static class FrozenVerdicts
{
    /// <summary>Verdicts kept at most: a few problems each, so a few megabytes in all.</summary>
    private const int Kept = 20_000;

    private static readonly MemoryCache Verdicts = new(new MemoryCacheOptions { SizeLimit = Kept, CompactionPercentage = 0.25 });

    /// <summary>
    /// The problems of <paramref name="declaration"/>, read from <paramref name="version"/>, judged as at its
    /// submission (as <see cref="DeclarationProblemQueries.ProblemsAsync(PerfTargetsDbContext, Declaration, IndicatorFramework, DateTime?, CancellationToken)"/> does).
    /// </summary>
    public static async Task<IReadOnlyList<ValidationProblem>> FrozenProblemsAsync(this PerfTargetsDbContext db, Declaration declaration,
        IndicatorFramework framework, DeclarationVersion version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(version);
        var key = (version.ContentHash, version.SubmittedAt, framework.Id, DatabaseKeys.Of(db));
        if (Verdicts.TryGetValue(key, out IReadOnlyList<ValidationProblem>? known) && known is not null)
        {
            return known;
        }

        var problems = await db.ProblemsAsync(declaration, framework, version.SubmittedAt, cancellationToken);
        Verdicts.Set(key, problems, new MemoryCacheEntryOptions { Size = 1 });
        return problems;
    }
}
