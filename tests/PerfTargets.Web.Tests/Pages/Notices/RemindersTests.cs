using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerfTargets.Core.Auditing;
using PerfTargets.Core.Notices;
using PerfTargets.Core.Rounds;
using PerfTargets.Data.Accounts;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;
using PerfTargets.Web.Notices;
using PerfTargets.Web.Tests.Pages.Rounds;
using static PerfTargets.Web.Tests.DemoDepartments;

namespace PerfTargets.Web.Tests.Pages.Notices;

/// <summary>
/// 提醒 and 催报: the finance office urges the departments that still owe a round, their filers see it in
/// the top bar and the one with an address receives it by mail (read back from a real SMTP server on
/// loopback), once however often the job runs; the sweep turns deadlines, returns, approvals and a
/// waiting queue into notices, each once; only the admin urges, and each account reads only its own.
/// </summary>
public class RemindersTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private const string RoundName = RoundDeskTests.RoundName;
    private const string SiteUrl = "https://jxmb.czj.example.gov.cn";

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Urging_reminds_the_departments_that_owe_and_mails_each_filer_once(DatabaseProvider provider)
    {
        await using var sink = new SmtpSink();
        var settings = new Dictionary<string, string>(sink.Settings(SiteUrl))
        {
            ["Reminders:Enabled"] = "true",
            // Only the run a 催报 starts: the schedule's next turn is an hour away.
            ["Reminders:IntervalMinutes"] = "60",
        };
        await using var app = new PerfTargetsApp(await databases.DemoAsync(provider)) { Settings = settings };
        var admin = await app.AdminAsync();
        var filerName = DemoAccounts.Filers[Shanhaiguan].UserName;
        var email = await PageForm.LoadAsync(admin, "/admin/users", $"form[data-email-of='{filerName}']");
        (await (await email.Set("email", "zhang.san@wxb.example.gov.cn").PostAsync()).Content.ReadAsStringAsync()).ShouldContain("邮箱设为 zhang.san@wxb.example.gov.cn");
        var roundId = await OpenRoundAsync(app, admin, closesIn: 10);

        var urged = await (await (await PageForm.LoadAsync(admin, $"/rounds/{roundId}", "#urge-all")).PostAsync()).Content.ReadAsStringAsync();
        urged.ShouldContain("已催报 中共山海关区委网络安全和信息化委员会办公室、中共宿州市委网络安全和信息化委员会办公室");

        var mail = (await sink.WaitForAsync(1)).ShouldHaveSingleItem();
        mail.To.Mailboxes.Single().Address.ShouldBe("zhang.san@wxb.example.gov.cn");
        mail.From.Mailboxes.Single().Address.ShouldBe("jxmb@czj.example.gov.cn");
        mail.Subject.ShouldBe("【催报】绩效目标申报系统");
        var body = mail.TextBody.ShouldNotBeNull();
        body.ShouldContain($"财政局催报：申报批次“{RoundName}”截止 ");
        body.ShouldContain("本单位尚有 2 份申报表未提交。请尽快提交审核。");
        body.ShouldContain($"{SiteUrl}/declarations?year=2023");
        await WaitForMailStateAsync(app, filerName, MailState.Sent);
        // 宿州's filer has no address: told in the top bar only.
        (await app.QueryAsync(db => db.Notices.Where(n => n.Kind == NoticeKind.Urged).Select(n => n.Mail).ToListAsync()))
            .Order().ShouldBe([MailState.None, MailState.Sent]);

        var filer = await app.FilerOfDepartmentAsync(Shanhaiguan);
        Html.Parse(await filer.GetStringAsync("/declarations")).QuerySelector("#reminders .badge")!.TextContent.Trim().ShouldBe("1");
        var notices = await filer.GetStringAsync("/notices");
        notices.ShouldContain("本单位尚有 2 份申报表未提交");
        notices.ShouldContain("已发送");
        Html.Parse(await filer.GetStringAsync("/declarations")).QuerySelector("#reminders .badge").ShouldBeNull();
        (await (await app.FilerOfDepartmentAsync(Suzhou)).GetStringAsync("/notices")).ShouldContain("本单位尚未填报申报表");

        // The job again, twice: nothing new is due and nothing is mailed again.
        (await RunSweepAsync(app)).ShouldBe((0, 0));
        (await RunSweepAsync(app)).ShouldBe((0, 0));
        sink.Messages.Count.ShouldBe(1);

        var audited = await app.QueryAsync(db => db.AuditEntries.Where(e => e.Action == AuditAction.DepartmentsUrged).Select(e => e.Detail).ToListAsync());
        audited.ShouldHaveSingleItem().ShouldBe($"申报批次“{RoundName}”：催报 2 个单位（中共山海关区委网络安全和信息化委员会办公室、中共宿州市委网络安全和信息化委员会办公室），提醒 2 个账户");
    }

    [Fact]
    public async Task Only_the_admin_urges_and_an_account_reads_only_its_own_notices()
    {
        await using var app = await databases.DemoAppAsync();
        var admin = await app.AdminAsync();
        var roundId = await OpenRoundAsync(app, admin, closesIn: 10);
        var form = await PageForm.LoadAsync(admin, $"/rounds/{roundId}", $"tr[data-department='{Suzhou}'] form[action*='Urge']");
        foreach (var user in new[] { await app.FilerOfDepartmentAsync(Suzhou), await app.SignInAsync("reviewer-business") })
        {
            (await user.PostAsync($"/rounds/{roundId}?handler=Urge", new FormUrlEncodedContent(form.Fields))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        (await app.QueryAsync(db => db.Notices.CountAsync())).ShouldBe(0);
        var unreadable = form.Fields.Select(f => f.Key == "DepartmentId" ? new KeyValuePair<string, string>(f.Key, "abc") : f).ToList();
        (await admin.PostAsync($"/rounds/{roundId}?handler=Urge", new FormUrlEncodedContent(unreadable))).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "not every department");
        (await app.QueryAsync(db => db.Notices.CountAsync())).ShouldBe(0);
        (await (await form.PostAsync()).Content.ReadAsStringAsync()).ShouldContain("已催报 中共宿州市委网络安全和信息化委员会办公室：其填报人在“提醒”中可见（未配置邮件服务器，不发邮件）。");
        (await (await app.FilerOfDepartmentAsync(Shanhaiguan)).GetStringAsync("/notices")).ShouldContain("暂无提醒");
        (await (await app.SignInAsync("reviewer-business")).GetStringAsync("/notices")).ShouldContain("暂无提醒");
        (await app.CreateClient().GetAsync("/notices")).RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/account/login");
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_sweep_turns_deadlines_returns_approvals_and_waiting_queues_into_notices_once(DatabaseProvider provider)
    {
        var clock = new ShiftableClock();
        await using var app = new PerfTargetsApp(await databases.DemoAsync(provider)) { Clock = clock };
        var admin = await app.AdminAsync();
        await OpenRoundAsync(app, admin, closesIn: 2);
        var filer = await app.FilerOfDepartmentAsync(Shanhaiguan);
        var returned = await app.DeclarationIdAsync("网络舆情综合管理");
        var waiting = await app.DeclarationIdAsync("网络阵地建设和内容管理");
        (await (await ReviewSteps.SubmitAsync(filer, returned)).Content.ReadAsStringAsync()).ShouldContain("已提交，等待审核");
        var reviewer = await app.SignInAsync("reviewer-business");
        (await ReviewSteps.DecideAsync(reviewer, returned, "Return", "绩效指标不够细化，请补充数量指标。")).EnsureSuccessStatusCode();
        (await (await ReviewSteps.SubmitAsync(filer, waiting)).Content.ReadAsStringAsync()).ShouldContain("已提交，等待审核");

        (await RunSweepAsync(app)).Added.ShouldBe(3);
        var first = await NoticesAsync(app);
        first.ShouldContain((DemoAccounts.Filers[Shanhaiguan].UserName, NoticeKind.DeadlineNear));
        first.ShouldContain((DemoAccounts.Filers[Suzhou].UserName, NoticeKind.DeadlineNear));
        first.ShouldContain((DemoAccounts.Filers[Shanhaiguan].UserName, NoticeKind.Returned));
        (await filer.GetStringAsync("/notices")).ShouldContain("“网络舆情综合管理”被业务股室退回修改：绩效指标不够细化，请补充数量指标。");
        (await RunSweepAsync(app)).Added.ShouldBe(0);

        // Two days on the second has waited long enough for its section's reviewer to be told.
        clock.Advance(TimeSpan.FromDays(2));
        (await RunSweepAsync(app)).Added.ShouldBe(1);
        (await NoticesAsync(app)).ShouldContain(("reviewer-business", NoticeKind.QueueWaiting));
        reviewer = await app.SignInAsync("reviewer-business");
        (await reviewer.GetStringAsync("/notices")).ShouldContain("“网络阵地建设和内容管理”已在本科室待审 2 天，请尽快审核。");
        (await RunSweepAsync(app)).Added.ShouldBe(0);
    }

    private static async Task<int> OpenRoundAsync(PerfTargetsApp app, HttpClient admin, int closesIn)
    {
        var today = ChinaCalendar.Day(app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var ids = await app.QueryAsync(db => db.Departments.Where(d => d.Code == Shanhaiguan || d.Code == Suzhou).OrderBy(d => d.Code).Select(d => d.Id).ToListAsync());
        var form = RoundDeskTests.RoundForm(await PageForm.LoadAsync(admin, "/rounds/edit"), 2023, today.AddDays(-5), today.AddDays(closesIn), ids);
        var opened = await form.PostAsync();
        return int.Parse(opened.RequestMessage!.RequestUri!.Segments[^1], CultureInfo.InvariantCulture);
    }

    private static async Task<(int Added, int Mailed)> RunSweepAsync(PerfTargetsApp app)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderSweep>().RunAsync(CancellationToken.None);
    }

    private static Task<List<(string UserName, NoticeKind Kind)>> NoticesAsync(PerfTargetsApp app) => app.QueryAsync(async db =>
        (await db.Notices.Join(db.Users, n => n.UserId, u => u.Id, (n, u) => new { u.UserName, n.Kind }).ToListAsync()).Select(n => (n.UserName!, n.Kind)).ToList());

    /// <summary>The mail leaves before its notice says so: waits (at most 30 seconds) for the job to record it.</summary>
    private static async Task WaitForMailStateAsync(PerfTargetsApp app, string userName, MailState state)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (!await app.QueryAsync(db => db.Notices.Join(db.Users, n => n.UserId, u => u.Id, (n, u) => new { u.UserName, n.Mail }).AnyAsync(n => n.UserName == userName && n.Mail == state)))
        {
            DateTime.UtcNow.ShouldBeLessThan(until, $"{userName} 的提醒邮件未变为 {state}");
            await Task.Yield();
        }
    }
}
