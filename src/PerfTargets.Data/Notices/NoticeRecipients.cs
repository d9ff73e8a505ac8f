using PerfTargets.Core.Notices;

namespace PerfTargets.Data.Notices;

/// <summary>Who may be told: enabled accounts that file for a department or review for a section, and which of them have a mail address.</summary>
public static class NoticeRecipients
{
    public static async Task<(IReadOnlyList<NoticeRecipient> All, IReadOnlySet<int> WithMail)> RecipientsAsync(this PerfTargetsDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Users.AsNoTracking()
            .Where(u => !u.IsDisabled && (u.DepartmentId != null || u.ReviewSectionId != null))
            .Select(u => new { u.Id, u.DepartmentId, u.ReviewSectionId, u.Email })
            .ToListAsync(cancellationToken);
        return (
            [.. rows.Select(r => new NoticeRecipient(r.Id, r.DepartmentId, r.ReviewSectionId))],
            rows.Where(r => !string.IsNullOrWhiteSpace(r.Email)).Select(r => r.Id).ToHashSet());
    }
}
