using System.Globalization;
using PerfTargets.Core.Review;
using PerfTargets.Core.Rounds;

namespace PerfTargets.Core.Notices;

/// <summary>
/// The reminders due now, each keyed by its occasion so that a sweep run again adds none twice:
/// a deadline within <see cref="ReminderPolicy.DeadlineDays"/> days for a department that still owes
/// declarations (once per deadline: an extension is a new occasion), a return or a final approval
/// for the department's filers, a declaration waiting <see cref="ReminderPolicy.QueueDays"/> days or
/// more for its section's reviewers (once per arrival at the section).
/// </summary>
public static class DueReminders
{
    public static IEnumerable<NoticeDraft> For(ReminderFacts facts, ReminderPolicy policy, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(policy);
        var filers = facts.Recipients.Where(r => r.DepartmentId is not null).ToLookup(r => r.DepartmentId!.Value);
        var reviewers = facts.Recipients.Where(r => r.SectionId is not null).ToLookup(r => r.SectionId!.Value);
        return Deadlines(facts.Rounds, filers, policy)
            .Concat(Steps(facts.Steps, filers))
            .Concat(Waiting(facts.Waiting, reviewers, policy, now));
    }

    /// <summary>催报: what the finance office's reminder tells each filer of the departments named.</summary>
    public static IEnumerable<NoticeDraft> Urge(RoundDesk desk, IEnumerable<DepartmentProgress> departments, IEnumerable<NoticeRecipient> recipients, Guid occasion)
    {
        ArgumentNullException.ThrowIfNull(desk);
        var filers = recipients.Where(r => r.DepartmentId is not null).ToLookup(r => r.DepartmentId!.Value);
        return departments.SelectMany(progress => filers[progress.Department.Id].Select(filer => new NoticeDraft(
            filer.UserId,
            NoticeKind.Urged,
            $"urge:{occasion:N}",
            $"财政局催报：申报批次“{desk.Round.Name}”{progress.Deadline.Describe()}，本单位{progress.Owed()}。"
                + (progress.Deadline.IsPast ? "逾期提交须由财政局为本单位延期。" : "请尽快提交审核。"),
            YearList(desk.Round.BudgetYear))));
    }

    private static IEnumerable<NoticeDraft> Deadlines(IEnumerable<RoundDesk> rounds, ILookup<int, NoticeRecipient> filers, ReminderPolicy policy) =>
        from desk in rounds
        from progress in desk.Departments
        where progress.State is DeskState.NotStarted or DeskState.Filing
              && progress.Deadline.DaysLeft <= policy.DeadlineDays
        from filer in filers[progress.Department.Id]
        select new NoticeDraft(
            filer.UserId,
            NoticeKind.DeadlineNear,
            $"deadline:{desk.Round.Id}:{progress.Deadline.DueOn.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}",
            $"申报批次“{desk.Round.Name}”{progress.Deadline.Describe()}，本单位{progress.Owed()}，请在截止前提交审核。",
            YearList(desk.Round.BudgetYear));

    private static IEnumerable<NoticeDraft> Steps(IEnumerable<ReviewStepFact> steps, ILookup<int, NoticeRecipient> filers) =>
        from step in steps
        where step.Kind is DeclarationEventKind.Returned or DeclarationEventKind.Approved
        from filer in filers[step.DepartmentId]
        select step.Kind == DeclarationEventKind.Returned
            ? new NoticeDraft(filer.UserId, NoticeKind.Returned, $"returned:{step.EventId}",
                $"“{step.ProjectName}”被{step.ActingFor ?? "审核科室"}退回修改" + (string.IsNullOrWhiteSpace(step.Opinion) ? "。" : $"：{step.Opinion.Trim()}"),
                $"/declarations/{step.DeclarationId}")
            : new NoticeDraft(filer.UserId, NoticeKind.Approved, $"approved:{step.EventId}",
                $"“{step.ProjectName}”已审核通过，已批复。",
                $"/declarations/{step.DeclarationId}");

    private static IEnumerable<NoticeDraft> Waiting(IEnumerable<WaitingFact> waiting, ILookup<int, NoticeRecipient> reviewers, ReminderPolicy policy, DateTime now) =>
        from item in waiting
        let days = (int)(now - item.Since).TotalDays
        where days >= policy.QueueDays
        from reviewer in reviewers[item.SectionId]
        select new NoticeDraft(
            reviewer.UserId,
            NoticeKind.QueueWaiting,
            $"waiting:{item.DeclarationId}:{item.Since.Ticks.ToString(CultureInfo.InvariantCulture)}",
            $"“{item.ProjectName}”已在本科室待审 {days} 天，请尽快审核。",
            $"/review/{item.DeclarationId}");

    private static string YearList(int budgetYear) => $"/declarations?year={budgetYear.ToString(CultureInfo.InvariantCulture)}";
}
