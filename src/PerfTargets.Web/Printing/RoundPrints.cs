using System.Security.Claims;
using PerfTargets.Core.Printing;
using PerfTargets.Core.Rounds;
using PerfTargets.Data.Review;
using PerfTargets.Pdf.Layouts;

namespace PerfTargets.Web.Printing;

/// <summary>
/// What a round's batch (批量打印) prints: of the round's year and its departments (all, or those chosen),
/// the declarations in the scope (已批复, 已提交) that the user may see, departments in code order as
/// the desk lists them, each department's by id. Only names are read up front, for the contents;
/// each form's print is loaded when the renderer reaches it (<see cref="Load"/>).
/// </summary>
public sealed class RoundPrints(PerfTargetsDbContext db, DeclarationPrints declarations)
{
    /// <summary>The batch's contents; null when there is no such round.</summary>
    public async Task<RoundPrint?> ContentsAsync(int roundId, BatchScope scope, IReadOnlyCollection<int> departmentIds, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(departmentIds);
        var round = await db.FilingRounds.AsNoTracking().Include(r => r.Departments).FirstOrDefaultAsync(r => r.Id == roundId, cancellationToken);
        if (round is null)
        {
            return null;
        }

        var chosen = round.Departments.Select(d => d.DepartmentId).Where(id => departmentIds.Count == 0 || departmentIds.Contains(id)).ToList();
        var chain = await db.LoadChainAsync(cancellationToken);
        var forms = (await db.Declarations.AsNoTracking()
            .Where(d => d.BudgetYear == round.BudgetYear && chosen.Contains(d.DepartmentId))
            .WhereIn(scope).VisibleTo(user, chain)
            .OrderBy(d => d.Id)
            .Select(d => new { d.Id, d.DepartmentId, d.ProjectName })
            .ToListAsync(cancellationToken)).ToLookup(f => f.DepartmentId, f => new BatchForm(f.Id, f.ProjectName));
        var departments = await db.Departments.AsNoTracking().Where(d => chosen.Contains(d.Id))
            .Select(d => new { d.Id, d.Name, d.Code }).ToListAsync(cancellationToken);
        return new RoundPrint(round.Name, round.BudgetYear, scope.Label(), [.. departments
            .Where(d => forms.Contains(d.Id))
            .OrderBy(d => d.Code, StringComparer.Ordinal)
            .Select(d => new BatchDepartment(d.Name, d.Code, [.. forms[d.Id]]))]);
    }

    /// <summary>
    /// One form's print, as the single print shows it (a frozen version with its stamps), for the renderer
    /// when it reaches the form's pages: the render is synchronous (Skia writes as it goes), so this waits
    /// for its queries. Nothing is tracked, so nothing loaded stays behind in the context.
    /// </summary>
    public DeclarationPrint Load(int declarationId, Uri baseUrl, PrintOptions options, CancellationToken cancellationToken) =>
        LoadAsync(declarationId, baseUrl, options, cancellationToken).GetAwaiter().GetResult();

    private async Task<DeclarationPrint> LoadAsync(int declarationId, Uri baseUrl, PrintOptions options, CancellationToken cancellationToken)
    {
        var declaration = await db.Declarations.AsNoTracking().SingleAsync(d => d.Id == declarationId, cancellationToken);
        declaration.PutInFormOrder();
        return await declarations.LoadAsync(declaration, baseUrl, options, cancellationToken);
    }
}
