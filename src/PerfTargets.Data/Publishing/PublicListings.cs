using PerfTargets.Core.Declarations;
using PerfTargets.Core.Money;
using PerfTargets.Core.Publishing;
using PerfTargets.Core.Review;
using PerfTargets.Data.Review;
using PerfTargets.Data.Verification;

namespace PerfTargets.Data.Publishing;

/// <summary>A year and department with publications, and how many of them are public now.</summary>
public sealed record PublicDepartmentYear(int Year, string DepartmentCode, string DepartmentName, int PublicCount);

/// <summary>
/// One row of a department's public list: a public declaration with its project and 年度资金 as its
/// published version reads, or a withdrawn one with nothing of its content.
/// </summary>
public sealed record PublicEntry(int DeclarationId, DateTime PublishedAt, DateTime? WithdrawnAt, string? ProjectName = null, decimal? AnnualTotal = null, MoneyUnit Unit = MoneyUnit.Yuan);

/// <summary>
/// What the public pages read, without sign-in: only published declarations, and of each only its
/// current approved version (<see cref="ApprovedVersionQueries.CurrentApprovedVersions"/>: the one
/// published, or the adjusted one once an adjustment is approved; during an adjustment still the one
/// approved before), read through <see cref="FrozenVersions"/> (its hash checked). A declaration is
/// found only under its own year and department.
/// </summary>
public sealed class PublicListings(PerfTargetsDbContext db, FrozenVersions frozen)
{
    /// <summary>Years (newest first) and departments (by code) that have published declarations, withdrawn ones included.</summary>
    public async Task<IReadOnlyList<PublicDepartmentYear>> IndexAsync(CancellationToken cancellationToken = default)
    {
        var rows = await (
            from publication in db.Publications
            join declaration in db.Declarations on publication.DeclarationId equals declaration.Id
            join department in db.Departments on declaration.DepartmentId equals department.Id
            group publication by new { declaration.BudgetYear, department.Code, department.Name } into g
            select new { g.Key.BudgetYear, g.Key.Code, g.Key.Name, Public = g.Count(p => p.WithdrawnAt == null) })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(r => r.BudgetYear).ThenBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => new PublicDepartmentYear(r.BudgetYear, r.Code, r.Name, r.Public))];
    }

    /// <summary>The department's name and its publications of <paramref name="year"/>, newest first; null when it has none.</summary>
    public async Task<(string DepartmentName, IReadOnlyList<PublicEntry> Entries)?> ListAsync(int year, string departmentCode, CancellationToken cancellationToken = default)
    {
        var rows = await Published(year, departmentCode).ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return null;
        }

        var entries = new List<PublicEntry>();
        foreach (var publication in rows.Select(r => r.Publication).OrderByDescending(p => p.PublishedAt))
        {
            if (!publication.IsPublic)
            {
                entries.Add(new PublicEntry(publication.DeclarationId, publication.PublishedAt, publication.WithdrawnAt));
                continue;
            }

            var content = await ReadAsync(publication, cancellationToken);
            entries.Add(new PublicEntry(publication.DeclarationId, publication.PublishedAt, null, content.ProjectName, content.AnnualFunding.Total, content.MoneyUnit));
        }

        return (rows[0].DepartmentName, entries);
    }

    /// <summary>
    /// The live row of a declaration public under this year and department, its publication and its
    /// current approved version, the one shown; null for any other (unpublished, withdrawn, another
    /// year or department).
    /// </summary>
    public async Task<(Declaration Declaration, Publication Publication, DeclarationVersion Version)?> FindPublicAsync(int year, string departmentCode, int declarationId, CancellationToken cancellationToken = default)
    {
        var publication = await Published(year, departmentCode).Where(r => r.Publication.DeclarationId == declarationId && r.Publication.WithdrawnAt == null)
            .Select(r => r.Publication).SingleOrDefaultAsync(cancellationToken);
        if (publication is null)
        {
            return null;
        }

        var declaration = await db.Declarations.AsNoTracking().SingleAsync(d => d.Id == declarationId, cancellationToken);
        var version = await db.CurrentApprovedVersionAsync(declarationId, cancellationToken);
        return version is null ? null : (declaration, publication, version);
    }

    private async Task<Declaration> ReadAsync(Publication publication, CancellationToken cancellationToken)
    {
        var version = await db.CurrentApprovedVersionAsync(publication.DeclarationId, cancellationToken)
            ?? throw new InvalidOperationException($"Declaration {publication.DeclarationId} is published but has no approved version.");
        return await frozen.ReadAsync(version, cancellationToken);
    }

    private IQueryable<PublishedRow> Published(int year, string departmentCode) =>
        from publication in db.Publications.AsNoTracking()
        join declaration in db.Declarations on publication.DeclarationId equals declaration.Id
        join department in db.Departments on declaration.DepartmentId equals department.Id
        where declaration.BudgetYear == year && department.Code == departmentCode
        select new PublishedRow { Publication = publication, DepartmentName = department.Name };

    /// <summary>A class with settable members, not a positional record, so that EF composes further filters on it.</summary>
    private sealed class PublishedRow
    {
        public required Publication Publication { get; init; }

        public required string DepartmentName { get; init; }
    }
}
