using PerfTargets.Core.Departments;
using PerfTargets.Core.Notices;
using PerfTargets.Core.Review;
using PerfTargets.Core.Rounds;

namespace PerfTargets.Core.Tests.Notices;

/// <summary>Which reminders are due: deadlines for departments that owe, returns and final approvals for filers, waiting queues for reviewers; each keyed by its occasion.</summary>
public class DueRemindersTests
{
    private static readonly DateTime Now = new(2024, 3, 28, 2, 0, 0, DateTimeKind.Utc);

    private static readonly Department[] Units =
    [
        new() { Id = 1, Code = "101", Name = "教育局" },
        new() { Id = 2, Code = "102", Name = "卫健委" },
        new() { Id = 3, Code = "103", Name = "水利局" },
    ];

    private static readonly NoticeRecipient[] People =
    [
        new(11, 1, null), new(12, 2, null), new(13, 3, null), new(21, null, 7), new(22, null, 8),
    ];

    private static RoundDesk Desk(DateOnly closes, DateOnly today) => RoundDesk.Build(
        new FilingRound
        {
            Id = 5, Name = "2024年申报", BudgetYear = 2024, OpensOn = new(2024, 1, 15), ClosesOn = closes,
            Departments = [.. Units.Select(u => new RoundDepartment { DepartmentId = u.Id })],
        },
        Units,
        [new(2, FilingState.Draft, 1m, Now), new(2, FilingState.Submitted, 1m, Now), new(3, FilingState.Approved, 1m, Now)],
        today);

    private static ReminderFacts Facts(RoundDesk desk, IReadOnlyList<ReviewStepFact>? steps = null, IReadOnlyList<WaitingFact>? waiting = null) =>
        new([desk], steps ?? [], waiting ?? [], People);

    [Fact]
    public void A_close_within_the_days_reminds_the_filers_of_departments_that_still_owe()
    {
        var due = DueReminders.For(Facts(Desk(new(2024, 3, 31), new(2024, 3, 28))), new ReminderPolicy(), Now).ToList();

        due.Select(d => d.UserId).ShouldBe([11, 12]);
        due.ShouldAllBe(d => d.Kind == NoticeKind.DeadlineNear && d.Key == "deadline:5:20240331" && d.Link == "/declarations?year=2024");
        due[0].Text.ShouldBe("申报批次“2024年申报”截止 2024-03-31（还剩 3 天），本单位尚未填报申报表，请在截止前提交审核。");
        due[1].Text.ShouldContain("本单位尚有 1 份申报表未提交");
    }

    [Fact]
    public void A_close_further_off_or_already_passed_reminds_nobody()
    {
        DueReminders.For(Facts(Desk(new(2024, 4, 30), new(2024, 3, 28))), new ReminderPolicy(), Now).ShouldBeEmpty();
        DueReminders.For(Facts(Desk(new(2024, 3, 27), new(2024, 3, 28))), new ReminderPolicy(), Now).ShouldBeEmpty();
    }

    [Fact]
    public void Returns_and_final_approvals_go_to_the_departments_filers_and_a_long_wait_to_the_sections_reviewers()
    {
        var facts = Facts(
            Desk(new(2024, 4, 30), new(2024, 3, 28)),
            [new(40, 100, "乡村道路养护", 1, DeclarationEventKind.Returned, "业务股室", "指标值不明确"), new(41, 101, "河道清淤", 3, DeclarationEventKind.Approved, "绩效管理股", null)],
            [new(102, "学生资助", 7, Now.AddDays(-3)), new(103, "疫苗接种", 8, Now.AddDays(-1))]);

        var due = DueReminders.For(facts, new ReminderPolicy(QueueDays: 2), Now).ToList();

        due.Select(d => (d.UserId, d.Kind, d.Key)).ShouldBe([(11, NoticeKind.Returned, "returned:40"), (13, NoticeKind.Approved, "approved:41"), (21, NoticeKind.QueueWaiting, $"waiting:102:{Now.AddDays(-3).Ticks}")]);
        due[0].Text.ShouldBe("“乡村道路养护”被业务股室退回修改：指标值不明确");
        due[2].Text.ShouldBe("“学生资助”已在本科室待审 3 天，请尽快审核。");
        due[2].Link.ShouldBe("/review/102");
    }

    [Fact]
    public void Urging_tells_each_filer_of_the_departments_named_under_one_occasion()
    {
        var desk = Desk(new(2024, 3, 27), new(2024, 3, 28));
        var occasion = Guid.NewGuid();

        var drafts = DueReminders.Urge(desk, desk.Departments.Where(d => d.State.Owes()), People, occasion).ToList();

        drafts.Select(d => d.UserId).ShouldBe([11, 12]);
        drafts.ShouldAllBe(d => d.Kind == NoticeKind.Urged && d.Key == $"urge:{occasion:N}");
        drafts[0].Text.ShouldBe("财政局催报：申报批次“2024年申报”截止 2024-03-27（已逾期 1 天），本单位尚未填报申报表。逾期提交须由财政局为本单位延期。");
    }

    [Fact]
    public void A_long_text_is_cut_to_what_a_notice_holds()
    {
        var notice = new NoticeDraft(1, NoticeKind.Returned, "returned:1", new string('长', 600), "/").ToNotice(Now, mail: true);

        notice.Text.Length.ShouldBe(Notice.TextMaxLength);
        notice.Text.ShouldEndWith("…");
        notice.Mail.ShouldBe(MailState.Pending);
    }
}
