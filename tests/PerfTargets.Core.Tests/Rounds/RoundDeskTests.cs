using PerfTargets.Core.Departments;
using PerfTargets.Core.Review;
using PerfTargets.Core.Rounds;

namespace PerfTargets.Core.Tests.Rounds;

/// <summary>申报进度: where each department stands against its deadline, its counts and money, and the deadline's words.</summary>
public class RoundDeskTests
{
    private static readonly DateOnly Close = new(2024, 3, 31);
    private static readonly DateTime Monday = new(2024, 3, 25, 2, 0, 0, DateTimeKind.Utc);

    private static readonly Department[] Units =
    [
        new() { Id = 1, Code = "101", Name = "教育局" },
        new() { Id = 2, Code = "102", Name = "卫健委" },
        new() { Id = 3, Code = "103", Name = "水利局" },
        new() { Id = 4, Code = "104", Name = "文旅局" },
        new() { Id = 5, Code = "105", Name = "交通局" },
    ];

    private static FilingRound Round(DateOnly? extendedFor4 = null) => new()
    {
        Id = 1, Name = "2024年申报", BudgetYear = 2024, OpensOn = new(2024, 1, 15), ClosesOn = Close,
        Departments = [.. Units.Select(u => new RoundDepartment { DepartmentId = u.Id, ExtendedTo = u.Id == 4 ? extendedFor4 : null })],
    };

    private static readonly FiledDeclaration[] Filed =
    [
        new(2, FilingState.Draft, 100m, Monday),
        new(2, FilingState.Approved, 50.5m, Monday.AddDays(1)),
        new(3, FilingState.Submitted, 20m, Monday),
        new(3, FilingState.Approved, 30m, Monday),
        new(4, FilingState.Returned, 7m, Monday),
        new(5, FilingState.Approved, 1m, Monday),
    ];

    [Fact]
    public void Before_the_close_each_department_stands_where_its_declarations_are()
    {
        var desk = RoundDesk.Build(Round(), Units, Filed, new DateOnly(2024, 3, 26));

        desk.Departments.Select(d => d.State).ShouldBe([DeskState.NotStarted, DeskState.Filing, DeskState.Submitted, DeskState.Filing, DeskState.Approved]);
        var health = desk.Departments[1];
        (health.Created, health.Submitted, health.Count(FilingState.Draft), health.TotalMoney, health.Money(FilingState.Approved)).ShouldBe((2, 1, 1, 150.5m, 50.5m));
        health.LastActivity.ShouldBe(Monday.AddDays(1));
        desk.Departments[0].LastActivity.ShouldBeNull();
        desk.DaysToClose.ShouldBe(5);
        desk.CountIn(DeskState.Filing).ShouldBe(2);
    }

    [Fact]
    public void After_the_close_nothing_filed_or_drafts_left_is_late_unless_extended()
    {
        var desk = RoundDesk.Build(Round(extendedFor4: new DateOnly(2024, 4, 10)), Units, Filed, new DateOnly(2024, 4, 1));

        desk.Departments.Select(d => d.State).ShouldBe([DeskState.Late, DeskState.Late, DeskState.Submitted, DeskState.Filing, DeskState.Approved]);
        desk.Departments[3].Deadline.ShouldBe(new SubmissionDeadline("2024年申报", new DateOnly(2024, 4, 10), true, new DateOnly(2024, 4, 1)));
    }

    [Fact]
    public void The_deadline_says_how_many_days_are_left_or_how_late_it_is()
    {
        new SubmissionDeadline("批次", Close, false, new DateOnly(2024, 3, 26)).Describe().ShouldBe("截止 2024-03-31（还剩 5 天）");
        new SubmissionDeadline("批次", Close, false, Close).Describe().ShouldBe("截止 2024-03-31（今天截止）");
        new SubmissionDeadline("批次", Close, false, Close).IsPast.ShouldBeFalse();
        new SubmissionDeadline("批次", Close, true, new DateOnly(2024, 4, 2)).Describe().ShouldBe("延期至 2024-03-31（已逾期 2 天）");
        SubmissionDeadline.Of(Round(), departmentId: 99, Close).ShouldBeNull();
    }

    [Fact]
    public void A_round_needs_a_name_a_close_after_its_opening_and_a_department()
    {
        var errors = new FilingRoundValidator().Validate(new FilingRound { BudgetYear = 1999, OpensOn = Close, ClosesOn = Close.AddDays(-1), Notice = "请按时\u202E报送" }).Errors;

        errors.Select(e => (e.PropertyName, e.ErrorMessage)).ShouldBe(
        [
            ("Name", "请填写批次名称。"),
            ("BudgetYear", "预算年度应在 2000 至 2100 之间。"),
            ("ClosesOn", "截止日期不能早于开始日期。"),
            ("Notice", "通知说明第 4 个字是不可见的控制字符（U+202E），请删除后再提交。"),
            ("Departments", "请至少选择一个应报单位。"),
        ]);
        new FilingRoundValidator().Validate(Round()).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void A_beijing_day_starts_at_sixteen_hundred_utc()
    {
        ChinaCalendar.Day(new DateTime(2024, 3, 31, 15, 59, 59, DateTimeKind.Utc)).ShouldBe(Close);
        ChinaCalendar.Day(new DateTime(2024, 3, 31, 16, 0, 0, DateTimeKind.Utc)).ShouldBe(Close.AddDays(1));
    }
}
