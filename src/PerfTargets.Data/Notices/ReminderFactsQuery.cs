using PerfTargets.Core.Declarations;
using PerfTargets.Core.Notices;
using PerfTargets.Core.Review;
using PerfTargets.Core.Rounds;
using PerfTargets.Data.Rounds;
using PerfTargets.Data.Verification;

namespace PerfTargets.Data.Notices;

/// <summary>What the reminder sweep reads, in a handful of narrow queries.</summary>
public static class ReminderFactsQuery
{
    public static async Task<ReminderFacts> ReminderFactsAsync(this PerfTargetsDbContext db, IReadOnlyList<NoticeRecipient> recipients, ReminderPolicy policy, DateTime now,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(policy);
        var today = ChinaCalendar.Day(now);
        return new ReminderFacts(
            await OpenRoundsAsync(db, today, cancellationToken),
            await StepsAsync(db, now.AddDays(-policy.StepWindowDays), cancellationToken),
            await WaitingAsync(db, cancellationToken),
            recipients);
    }

    /// <summary>The desks of rounds some department may still submit to (closing today or later, or extended past today).</summary>
    private static async Task<IReadOnlyList<RoundDesk>> OpenRoundsAsync(PerfTargetsDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var ids = await db.FilingRounds.AsNoTracking()
            .Where(r => r.OpensOn <= today && (r.ClosesOn >= today || r.Departments.Any(d => d.ExtendedTo >= today)))
            .Select(r => r.Id).ToListAsync(cancellationToken);
        var desks = new List<RoundDesk>(ids.Count);
        foreach (var id in ids)
        {
            desks.Add((await db.DeskAsync(id, today, cancellationToken))!);
        }

        return desks;
    }

    /// <summary>
    /// Returns since <paramref name="since"/>, and the final approvals: the last approval of a version
    /// approved through the whole chain (still so when an adjustment has been opened on it since).
    /// </summary>
    private static async Task<IReadOnlyList<ReviewStepFact>> StepsAsync(PerfTargetsDbContext db, DateTime since, CancellationToken cancellationToken)
    {
        var approved = db.ApprovedVersions();
        return await db.DeclarationEvents.AsNoTracking()
            .Where(e => e.At >= since && (e.Kind == DeclarationEventKind.Returned
                || (e.Kind == DeclarationEventKind.Approved && approved.Any(v => v.Id == e.VersionId)
                    && !db.DeclarationEvents.Any(later => later.VersionId == e.VersionId && later.Kind == DeclarationEventKind.Approved && later.Id > e.Id))))
            .Join(db.Declarations, e => e.DeclarationId, d => d.Id, (e, d) => new ReviewStepFact(e.Id, d.Id, d.ProjectName, d.DepartmentId, e.Kind, e.ActingFor, e.Opinion))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Every submitted declaration with the section it waits on and when it reached it (its latest step).</summary>
    private static async Task<IReadOnlyList<WaitingFact>> WaitingAsync(PerfTargetsDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.Declarations.AsNoTracking()
            .Where(d => d.Status == DeclarationStatus.Submitted && d.Review.AwaitingSectionId != null)
            .Select(d => new { d.Id, d.ProjectName, Section = d.Review.AwaitingSectionId!.Value, Since = db.DeclarationEvents.Where(e => e.DeclarationId == d.Id).Max(e => (DateTime?)e.At) })
            .ToListAsync(cancellationToken);
        return [.. rows.Where(r => r.Since is not null).Select(r => new WaitingFact(r.Id, r.ProjectName, r.Section, DateTime.SpecifyKind(r.Since!.Value, DateTimeKind.Utc)))];
    }
}
