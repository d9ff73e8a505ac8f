using PerfTargets.Core.Notices;

namespace PerfTargets.Web.Notices;

/// <summary>The reminder job (configuration section Reminders): whether it runs, how often, and the <see cref="ReminderPolicy"/> it applies.</summary>
public sealed class ReminderSettings
{
    public const string Section = "Reminders";

    public bool Enabled { get; set; } = true;

    public int IntervalMinutes { get; set; } = 5;

    public int DeadlineDays { get; set; } = new ReminderPolicy().DeadlineDays;

    public int QueueDays { get; set; } = new ReminderPolicy().QueueDays;

    public int StepWindowDays { get; set; } = new ReminderPolicy().StepWindowDays;

    public ReminderPolicy Policy => new(DeadlineDays, QueueDays, StepWindowDays);
}
