namespace PerfTargets.Core.Notices;

/// <summary>
/// When reminders are due (configuration section Reminders): filers from <see cref="DeadlineDays"/> days
/// before their deadline, reviewers once a declaration has waited <see cref="QueueDays"/> days; review
/// steps older than <see cref="StepWindowDays"/> days are not told (an installation upgraded to this
/// version does not mail its whole history).
/// </summary>
public sealed record ReminderPolicy(int DeadlineDays = 3, int QueueDays = 2, int StepWindowDays = 7);
