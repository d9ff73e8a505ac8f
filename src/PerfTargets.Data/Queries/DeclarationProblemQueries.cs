using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Validation;

namespace PerfTargets.Data.Queries;

/// <summary>Runs the validation rules on stored declarations, each against its own framework.</summary>
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
        return declarations.ToDictionary(d => d.Id, d => ProblemCount.Of(DeclarationCheck.Problems(d, frameworks[d.FrameworkId])));
    }

    /// <summary>What the rules find in one declaration (a frozen version's, say), against its framework.</summary>
    public static async Task<IReadOnlyList<ValidationProblem>> ProblemsAsync(this PerfTargetsDbContext db, Declaration declaration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(declaration);
        var framework = await db.IndicatorFrameworks.AsNoTracking().SingleAsync(f => f.Id == declaration.FrameworkId, cancellationToken);
        return DeclarationCheck.Problems(declaration, framework);
    }
}
