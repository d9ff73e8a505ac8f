using PerfTargets.Core.Library;

namespace PerfTargets.Data.Library;

/// <summary>
/// 历史指标: the indicators of approved declarations matching a query, for a department: its own,
/// and those of every other department only where the admin shares history (<see cref="LibrarySettings"/>).
/// Its own come first, then the most recently used, then the shorter name.
/// </summary>
public sealed class HistorySearch(PerfTargetsDbContext db, ApprovedDeclarations approved)
{
    public async Task<IReadOnlyList<HistoryIndicator>> FindAsync(int? departmentId, LibraryQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var share = await db.LoadLibrarySettingsAsync(cancellationToken) is { ShareHistory: true };
        if (departmentId is null && !share)
        {
            return [];
        }

        var declarations = await approved.ReadAsync(share ? null : [departmentId!.Value], cancellationToken);
        if (!string.IsNullOrWhiteSpace(query.FrameworkCode))
        {
            var code = query.FrameworkCode.Trim();
            var frameworkId = await db.IndicatorFrameworks.Where(f => f.Code == code).Select(f => (int?)f.Id).SingleOrDefaultAsync(cancellationToken);
            declarations = [.. declarations.Where(d => d.FrameworkId == frameworkId)];
        }

        return IndicatorHistory.Gather(declarations)
            .Where(i => IndicatorHistory.Matches(i, query))
            .OrderBy(i => i.DepartmentId == departmentId ? 0 : 1)
            .ThenByDescending(i => i.LastValue.Year)
            .ThenBy(i => i.Name.Length)
            .ThenBy(i => i.Name, StringComparer.Ordinal)
            .Take(Math.Clamp(query.Limit, 1, LibraryQuery.MaxLimit))
            .ToList();
    }
}
