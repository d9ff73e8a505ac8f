using Quartz;

namespace PerfTargets.Web.Notices;

/// <summary>
/// The scheduled run of <see cref="ReminderSweep"/>, every Reminders:IntervalMinutes, kept in Quartz's
/// store in our database: a restart resumes the schedule, and never two runs at once.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class ReminderJob(ReminderSweep sweep, ILogger<ReminderJob> logger) : IJob
{
    public static readonly JobKey Key = new("reminders", "perftargets");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (added, mailed) = await sweep.RunAsync(cancellationToken);
        if (added > 0 || mailed > 0)
        {
            Ran(logger, added, mailed);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "提醒：新增 {Added} 条，发送邮件 {Mailed} 封")]
    private static partial void Ran(ILogger logger, int added, int mailed);
}
