using PerfTargets.Core.Printing;
using PerfTargets.Core.Reports;
using PerfTargets.Core.Review;
using PerfTargets.Data.Reports;
using PerfTargets.Web.Viewing;

namespace PerfTargets.Web.Printing;

/// <summary>
/// What a 自评表 prints: the report's frozen version as read (its hash checked), scored against the
/// approved version, with the 审核意见 and seals of the sections that approved that version.
/// </summary>
public static class SelfEvaluationPrints
{
    public static async Task<SelfEvaluationPrint> LoadAsync(PerfTargetsDbContext db, ReportReading reading, ReportSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(reading);
        var version = reading.Version ?? throw new InvalidOperationException($"Report {reading.Report.Id} has not been submitted.");
        var department = await db.Departments.AsNoTracking().SingleAsync(d => d.Id == reading.Report.DepartmentId, cancellationToken);
        var parent = department.ParentId is { } parentId ? await db.Departments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == parentId, cancellationToken) : null;
        var approvals = await db.ReportEvents.AsNoTracking()
            .Where(e => e.VersionId == version.Id && e.Kind == DeclarationEventKind.Approved).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var sealIds = approvals.Select(a => a.SealId).OfType<int>().ToList();
        var seals = await db.Seals.AsNoTracking().Where(s => sealIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Png, cancellationToken);
        var approved = reading.Approved;
        return new SelfEvaluationPrint(
            approved,
            reading.Report,
            SelfEvaluationScoring.Score(approved, reading.Report, settings),
            Core.Departments.SupervisingDepartment.Of(approved, department, parent),
            string.IsNullOrWhiteSpace(approved.ImplementingUnit) ? department.Name : approved.ImplementingUnit,
            [.. approvals.Select(a => new ReviewBox(a.ActingFor ?? string.Empty, a.Opinion, a.UserName, ChinaTime.Day(a.At), a.SealId is { } seal ? seals.GetValueOrDefault(seal) : null))],
            version.Number,
            version.ContentHash);
    }
}
