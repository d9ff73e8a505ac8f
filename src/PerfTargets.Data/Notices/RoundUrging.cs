using PerfTargets.Core.Auditing;
using PerfTargets.Core.Notices;
using PerfTargets.Core.Rounds;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Rounds;

namespace PerfTargets.Data.Notices;

/// <summary>
/// 催报: the finance office reminds departments of a round of what they still owe — one department, or
/// every one that owes — each filer getting a notice (and mail), committed with one audit row naming
/// the round and the departments.
/// </summary>
public sealed class RoundUrging(PerfTargetsDbContext db, NoticeBox notices, AuditedChanges audited)
{
    /// <summary>
    /// Urges <paramref name="departmentId"/>, or every department that owes when null. The departments
    /// urged (none when the round does not exist or nobody owes); <paramref name="mailEnabled"/> says
    /// whether their filers with an address are mailed.
    /// </summary>
    public async Task<IReadOnlyList<DepartmentProgress>> UrgeAsync(int roundId, int? departmentId, DateOnly today, bool mailEnabled, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var desk = await db.DeskAsync(roundId, today, cancellationToken);
        if (desk is null)
        {
            return [];
        }

        var urged = desk.Departments.Where(d => d.State.Owes() && (departmentId is null || d.Department.Id == departmentId)).ToList();
        if (urged.Count == 0)
        {
            return [];
        }

        var (recipients, withMail) = await db.RecipientsAsync(cancellationToken);
        var drafts = DueReminders.Urge(desk, urged, recipients, Guid.NewGuid()).ToList();
        await notices.AddAsync(drafts, withMail, mailEnabled, cancellationToken);
        var names = string.Join("、", urged.Select(d => d.Department.Name));
        var detail = $"申报批次“{desk.Round.Name}”：催报 {urged.Count} 个单位（{names}），提醒 {drafts.Count} 个账户";
        await audited.CommitAsync(new AuditNote(AuditAction.DepartmentsUrged, actor, Detail: detail), cancellationToken);
        return urged;
    }
}
