using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Declarations;
using PerfTargets.Data.Review;

namespace PerfTargets.Data.Library;

/// <summary>
/// The one place the library reads what was approved: each 已批复 declaration as its latest frozen
/// version (checked against its hash and the audit trail by <see cref="FrozenVersions"/>). What counts
/// as approved under 调整 is decided here and nowhere else in the library.
/// </summary>
public sealed class ApprovedDeclarations(PerfTargetsDbContext db, FrozenVersions frozen)
{
    /// <summary>The approved declarations of <paramref name="departmentIds"/> (of all departments when null), as approved.</summary>
    public async Task<IReadOnlyList<Declaration>> ReadAsync(IReadOnlyCollection<int>? departmentIds, CancellationToken cancellationToken = default)
    {
        var approved = db.Declarations.AsNoTracking().Where(d => d.Status == DeclarationStatus.Approved);
        if (departmentIds is not null)
        {
            approved = approved.Where(d => departmentIds.Contains(d.DepartmentId));
        }

        var result = new List<Declaration>();
        foreach (var declaration in await approved.OrderBy(d => d.Id).ToListAsync(cancellationToken))
        {
            result.Add(await frozen.AsSubmittedAsync(declaration, cancellationToken));
        }

        return result;
    }
}
