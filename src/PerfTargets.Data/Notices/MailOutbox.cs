using PerfTargets.Core.Notices;

namespace PerfTargets.Data.Notices;

/// <summary>One mail to hand to the server: the notice it carries and where it goes.</summary>
public sealed record OutgoingMail(int NoticeId, string To, string ToName, NoticeKind Kind, string Text, string Link);

/// <summary>
/// The notices waiting to be mailed, sent at most once: a run claims its batch (发送中) and commits the
/// claim before it talks to the server, then records each as sent or failed. A claim left behind by a
/// run that stopped midway is not retried — whether the server took those mails is unknown, and a
/// reminder missed is better than one received twice — but marked failed, for the admin to see.
/// </summary>
public sealed class MailOutbox(PerfTargetsDbContext db, TimeProvider clock)
{
    private const string Interrupted = "发送中断（进程重启），为免重复不再重发。";

    /// <summary>Claims up to <paramref name="count"/> waiting mails, oldest first, after failing what an interrupted run left claimed.</summary>
    public async Task<IReadOnlyList<OutgoingMail>> ClaimAsync(int count, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Notices.Where(n => n.Mail == MailState.Sending)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.Mail, MailState.Failed).SetProperty(n => n.MailError, Interrupted).SetProperty(n => n.MailedAt, now), cancellationToken);
        var batch = await db.Notices.AsNoTracking().Where(n => n.Mail == MailState.Pending).OrderBy(n => n.Id).Take(count)
            .Join(db.Users, n => n.UserId, u => u.Id, (n, u) => new { n.Id, u.Email, u.DisplayName, n.Kind, n.Text, n.Link })
            .ToListAsync(cancellationToken);
        var ids = batch.Select(b => b.Id).ToList();
        await db.Notices.Where(n => ids.Contains(n.Id) && n.Mail == MailState.Pending)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.Mail, MailState.Sending), cancellationToken);
        return [.. batch.Select(b => new OutgoingMail(b.Id, b.Email ?? string.Empty, b.DisplayName, b.Kind, b.Text, b.Link))];
    }

    public Task SentAsync(int noticeId, CancellationToken cancellationToken = default) => SetAsync(noticeId, MailState.Sent, null, cancellationToken);

    public Task FailedAsync(int noticeId, string error, CancellationToken cancellationToken = default) =>
        SetAsync(noticeId, MailState.Failed, error.Length > Notice.TextMaxLength ? error[..Notice.TextMaxLength] : error, cancellationToken);

    /// <summary>Puts claimed mails back to wait for the next run: the server could not be reached, so none of them left.</summary>
    public Task ReleaseAsync(IReadOnlyCollection<int> noticeIds, CancellationToken cancellationToken = default) =>
        db.Notices.Where(n => noticeIds.Contains(n.Id) && n.Mail == MailState.Sending)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.Mail, MailState.Pending), cancellationToken);

    private Task<int> SetAsync(int noticeId, MailState state, string? error, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Notices.Where(n => n.Id == noticeId)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.Mail, state).SetProperty(n => n.MailError, error).SetProperty(n => n.MailedAt, now), cancellationToken);
    }
}
