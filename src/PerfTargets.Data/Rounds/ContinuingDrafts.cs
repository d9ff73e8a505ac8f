using PerfTargets.Core.Auditing;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Rounds;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Declarations;
using PerfTargets.Data.Review;
using PerfTargets.Data.Verification;

namespace PerfTargets.Data.Rounds;

/// <summary>
/// 预置延续项目 of a round (<see cref="ContinuingProjects"/>): what it would create, per department, and
/// creating it — every draft and one audit row (申报批次变更, naming the round and the counts) in one
/// transaction. The plan is made again inside the audit turn, so two runs at once create each draft once.
/// </summary>
public sealed class ContinuingDrafts(PerfTargetsDbContext db, FrozenVersions frozen, DraftDeclarations drafts, AuditedChanges audited)
{
    /// <summary>The drafts the round would create now, by department (code order): their project names.</summary>
    public async Task<IReadOnlyList<(string Department, IReadOnlyList<string> Projects)>> PreviewAsync(FilingRound round, CancellationToken cancellationToken = default) =>
        await ByDepartmentAsync(await PlanAsync(round, cancellationToken), cancellationToken);

    /// <summary>Creates the round's drafts; how many (0 when there was nothing left to create, and then nothing is recorded).</summary>
    public async Task<int> CreateAsync(FilingRound round, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(round);
        var created = 0;
        await audited.CommitAsync(
            async token =>
            {
                var copies = await PlanAsync(round, token);
                if (copies.Count == 0)
                {
                    return [];
                }

                copies.ToList().ForEach(drafts.Begin);
                db.Declarations.AddRange(copies);
                created = copies.Count;
                var counts = string.Join("，", (await ByDepartmentAsync(copies, token)).Select(d => $"{d.Department} {d.Projects.Count} 份"));
                return [new AuditNote(AuditAction.RoundChanged, actor,
                    Detail: $"申报批次“{round.Name}”预置延续项目：从 {ContinuingProjects.SourceYear(round)} 年度已批复的申报表复制 {copies.Count} 份草稿（{counts}）")];
            },
            cancellationToken);
        return created;
    }

    /// <summary>The copies to make: each approved declaration read as its frozen version was approved, never from its live row.</summary>
    private async Task<IReadOnlyList<Declaration>> PlanAsync(FilingRound round, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        var departments = round.Departments.Select(d => d.DepartmentId).ToList();
        var sourceYear = ContinuingProjects.SourceYear(round);
        // Each declaration's current approved version: one being adjusted is copied as it stands approved.
        var approved = await (
            from version in db.CurrentApprovedVersions().AsNoTracking()
            join declaration in db.Declarations.AsNoTracking() on version.DeclarationId equals declaration.Id
            where declaration.BudgetYear == sourceYear && departments.Contains(declaration.DepartmentId)
            orderby declaration.Id
            select new { declaration, version }).ToListAsync(cancellationToken);
        var sources = new List<Declaration>(approved.Count);
        foreach (var source in approved)
        {
            var content = await frozen.ReadAsync(source.version, cancellationToken);
            content.TakeStateOf(source.declaration);
            content.Status = DeclarationStatus.Approved; // as approved, whatever an adjustment has made of the live row
            sources.Add(content);
        }

        var existing = await db.Declarations.AsNoTracking().Where(d => d.BudgetYear == round.BudgetYear && departments.Contains(d.DepartmentId))
            .Select(d => new { d.DepartmentId, d.ProjectName }).ToListAsync(cancellationToken);
        return ContinuingProjects.Drafts(round, sources, existing.Select(e => (e.DepartmentId, e.ProjectName)));
    }

    private async Task<IReadOnlyList<(string Department, IReadOnlyList<string> Projects)>> ByDepartmentAsync(IReadOnlyList<Declaration> copies, CancellationToken cancellationToken)
    {
        var ids = copies.Select(c => c.DepartmentId).Distinct().ToList();
        var departments = await db.Departments.AsNoTracking().Where(d => ids.Contains(d.Id)).OrderBy(d => d.Code).Select(d => new { d.Id, d.Name }).ToListAsync(cancellationToken);
        return [.. departments.Select(d => (d.Name, (IReadOnlyList<string>)[.. copies.Where(c => c.DepartmentId == d.Id).Select(c => c.ProjectName)]))];
    }
}
