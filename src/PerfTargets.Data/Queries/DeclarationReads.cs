using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Metadata;
using PerfTargets.Core.Declarations;

namespace PerfTargets.Data.Queries;

/// <summary>
/// One declaration by its id, with its rows, as the pages, the API and the verbs read it: the query
/// nearly every request sends, compiled once (EF.CompileAsyncQuery) so that a request neither builds
/// its expression tree nor looks it up in EF's cache. A compiled query serves one model, so each
/// provider's model (one process may use both: the tests do) has its own.
/// </summary>
public static class DeclarationReads
{
    private static readonly ConditionalWeakTable<IModel, Compiled> ByModel = [];

    /// <summary>The declaration to read (not tracked); none when no declaration has that id.</summary>
    public static Task<Declaration?> FindDeclarationAsync(this PerfTargetsDbContext db, int id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return ByModel.GetValue(db.Model, _ => new Compiled()).Untracked(db, id, cancellationToken);
    }

    /// <summary>The declaration to change (tracked by <paramref name="db"/>); none when no declaration has that id.</summary>
    public static Task<Declaration?> FindDeclarationToChangeAsync(this PerfTargetsDbContext db, int id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return ByModel.GetValue(db.Model, _ => new Compiled()).Tracked(db, id, cancellationToken);
    }

    private sealed class Compiled
    {
        public Func<PerfTargetsDbContext, int, CancellationToken, Task<Declaration?>> Untracked { get; } =
            EF.CompileAsyncQuery((PerfTargetsDbContext db, int id, CancellationToken _) => db.Declarations.AsNoTracking().FirstOrDefault(d => d.Id == id));

        public Func<PerfTargetsDbContext, int, CancellationToken, Task<Declaration?>> Tracked { get; } =
            EF.CompileAsyncQuery((PerfTargetsDbContext db, int id, CancellationToken _) => db.Declarations.FirstOrDefault(d => d.Id == id));
    }
}
