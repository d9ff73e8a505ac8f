using Microsoft.Extensions.Options;
using PerfTargets.Core.Notices;
using PerfTargets.Data.Notices;

namespace PerfTargets.Web.Notices;

/// <summary>
/// One run of the reminders: gives every account the notices now due that it does not hold yet
/// (<see cref="DueReminders"/>), then mails what waits. Running it twice adds and sends nothing twice.
/// </summary>
public sealed class ReminderSweep(PerfTargetsDbContext db, NoticeBox notices, MailSender mail, IOptions<ReminderSettings> settings, IOptions<MailSettings> mailSettings, UnreadNoticeCounts unreadCounts, TimeProvider clock)
{
    /// <summary>(notices added, mails sent).</summary>
    public async Task<(int Added, int Mailed)> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (recipients, withMail) = await db.RecipientsAsync(cancellationToken);
        var policy = settings.Value.Policy;
        var facts = await db.ReminderFactsAsync(recipients, policy, now, cancellationToken);
        var added = await notices.AddAsync([.. DueReminders.For(facts, policy, now)], withMail, mailSettings.Value.Enabled, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (added > 0)
        {
            unreadCounts.ForgetAll();
        }

        return (added, await mail.SendWaitingAsync(cancellationToken));
    }
}
