using Microsoft.Extensions.Options;
using Quartz;

namespace PerfTargets.Web.Notices;

/// <summary>Runs the reminder job now (after a 催报), rather than at its next turn; nothing when the job does not run here.</summary>
public sealed class ReminderTrigger(IServiceProvider services, IOptions<ReminderSettings> settings)
{
    public async Task RunNowAsync(CancellationToken cancellationToken)
    {
        if (settings.Value.Enabled && services.GetService<ISchedulerFactory>() is { } factory)
        {
            var scheduler = await factory.GetScheduler(cancellationToken);
            await scheduler.TriggerJob(ReminderJob.Key, cancellationToken);
        }
    }
}
