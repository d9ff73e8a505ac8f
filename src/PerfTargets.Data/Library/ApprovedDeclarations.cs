using PerfTargets.Core.Declarations;
using PerfTargets.Data.Review;
using PerfTargets.Data.Verification;

namespace PerfTargets.Data.Library;

/// <summary>
/// The one place the library reads what was approved: each declaration's current approved version
/// (<see cref="ApprovedVersionQueries.CurrentApprovedVersions"/>: under 调整, the version that stands
/// approved until the change is), checked against its hash and the audit trail by <see cref="FrozenVersions"/>.
/// </summary>
public sealed class ApprovedDeclarations(PerfTargetsDbContext db, FrozenVersions frozen)
{
    /// <summary>The approved declarations of <paramref name="departmentIds"/> (of all departments when null), as approved.</summary>
    public async Task<IReadOnlyList<Declaration>> ReadAsync(IReadOnlyCollection<int>? departmentIds, CancellationToken cancellationToken = default)
    {
        var versions = db.CurrentApprovedVersions().AsNoTracking();
        if (departmentIds is not null)
        {
            versions = versions.Where(v => db.Declarations.Any(d => d.Id == v.DeclarationId && departmentIds.Contains(d.DepartmentId)));
        }

        var result = new List<Declaration>();
        foreach (var version in await versions.OrderBy(v => v.DeclarationId).ToListAsync(cancellationToken))
        {
            result.Add(await frozen.ReadAsync(version, cancellationToken));
        }

        return result;
    }
}
