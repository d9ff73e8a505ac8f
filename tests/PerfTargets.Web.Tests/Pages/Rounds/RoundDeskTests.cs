using System.Globalization;
using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Auditing;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Rounds;
using PerfTargets.Data.Accounts;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;
using static PerfTargets.Web.Tests.DemoDepartments;

namespace PerfTargets.Web.Tests.Pages.Rounds;

/// <summary>
/// 申报批次 through the pages: the admin opens a round for three departments, the desk shows who has
/// started and who has not, the deadline passes (a shifted clock) and a late submission is refused
/// until the admin extends that department's deadline; each change is audited; only the admin reaches
/// any of it, and bad input is told at its field.
/// </summary>
public class RoundDeskTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    internal const string RoundName = "2023年项目支出绩效目标申报";

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_late_submission_is_refused_until_the_admin_extends_the_departments_deadline(DatabaseProvider provider)
    {
        var clock = new ShiftableClock();
        await using var app = new PerfTargetsApp(await databases.DemoAsync(provider)) { Clock = clock };
        var admin = await app.AdminAsync();
        var today = ChinaCalendar.Day(clock.GetUtcNow().UtcDateTime);
        var ids = await app.QueryAsync(db => db.Departments.Where(d => d.Code == Shanhaiguan || d.Code == Suzhou || d.Code == "530114001")
            .OrderBy(d => d.Code).Select(d => d.Id).ToListAsync());

        (await admin.GetStringAsync("/rounds")).ShouldContain("还没有申报批次");
        var opened = await RoundForm(await PageForm.LoadAsync(admin, "/rounds/edit"), 2023, today.AddDays(-10), today.AddDays(5), ids).PostAsync();
        opened.RequestMessage!.RequestUri!.AbsolutePath.ShouldStartWith("/rounds/");
        var roundId = int.Parse(opened.RequestMessage.RequestUri.Segments[^1], CultureInfo.InvariantCulture);

        var desk = await DeskAsync(admin, roundId);
        desk.ShouldBe([("224002", "填报中", "2"), ("341300001", "未开始", "0"), ("530114001", "未开始", "0")]);

        var filer = await app.FilerOfDepartmentAsync(Shanhaiguan);
        (await filer.GetStringAsync("/declarations")).ShouldContain($"2023年度申报批次“{RoundName}”：截止 {Day(today.AddDays(5))}（还剩 5 天）");
        var first = await app.DeclarationIdAsync("网络舆情综合管理");
        var second = await app.DeclarationIdAsync("网络阵地建设和内容管理");
        (await filer.GetStringAsync($"/declarations/{second}")).ShouldContain($"申报批次“{RoundName}”截止 {Day(today.AddDays(5))}（还剩 5 天）");
        (await (await ReviewSteps.SubmitAsync(filer, first)).Content.ReadAsStringAsync()).ShouldContain("已提交，等待审核");
        // 填报日期 was blank: the day of submission is filled in before the version is frozen.
        (await app.DeclarationAsync(first)).FilledOn.ShouldBe(today);
        (await app.QueryAsync(db => db.DeclarationVersions.Where(v => v.DeclarationId == first).Select(v => v.Content).SingleAsync()))
            .ShouldContain($"\"filledOn\":\"{Day(today)}\"");

        // Six days on, both sign in again: a session lasts less.
        clock.Advance(TimeSpan.FromDays(6));
        admin = await app.AdminAsync();
        filer = await app.FilerOfDepartmentAsync(Shanhaiguan);
        (await DeskAsync(admin, roundId)).Select(r => r.State).ShouldBe(["逾期", "逾期", "逾期"]);
        var refused = await (await ReviewSteps.SubmitAsync(filer, second)).Content.ReadAsStringAsync();
        refused.ShouldContain($"申报批次“{RoundName}”已于 {Day(today.AddDays(5))} 截止，逾期不能提交。如需提交，请联系财政局（系统管理员）为本单位延期。");
        (await app.DeclarationAsync(second)).Status.ShouldBe(DeclarationStatus.Draft);
        var api = await app.TokenClientAsync(DemoAccounts.Filers[Shanhaiguan].UserName);
        var late = await api.ActAsync(second, "submit", await api.GetDeclarationAsync(second));
        late.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await late.ReadObjectAsync())["detail"]!.GetValue<string>().ShouldContain("逾期不能提交");

        var extend = Extension(await PageForm.LoadAsync(admin, $"/rounds/{roundId}", $"tr[data-department='{Shanhaiguan}'] form"), today.AddDays(10), "单位负责人出差，经局长同意延期");
        (await (await extend.PostAsync()).Content.ReadAsStringAsync()).ShouldContain($"已延期至 {Day(today.AddDays(10))}");
        (await (await ReviewSteps.SubmitAsync(filer, second)).Content.ReadAsStringAsync()).ShouldContain("已提交，等待审核");
        (await DeskAsync(admin, roundId)).ShouldBe([("224002", "已提交", "2"), ("341300001", "逾期", "0"), ("530114001", "逾期", "0")]);

        var audited = await app.QueryAsync(db => db.AuditEntries.Where(e => e.Action == AuditAction.RoundChanged || e.Action == AuditAction.DeadlineExtended)
            .OrderBy(e => e.Sequence).Select(e => new { e.Action, e.Detail }).ToListAsync());
        audited.Select(a => a.Action).ShouldBe([AuditAction.RoundChanged, AuditAction.DeadlineExtended]);
        audited[1].Detail.ShouldBe($"申报批次“{RoundName}”：中共山海关区委网络安全和信息化委员会办公室 延期至 {Day(today.AddDays(10))}，原因：单位负责人出差，经局长同意延期");
    }

    [Fact]
    public async Task The_desk_exports_what_it_shows_and_filters_by_where_departments_stand()
    {
        await using var app = await databases.DemoAppAsync();
        var admin = await app.AdminAsync();
        var today = ChinaCalendar.Day(DateTime.UtcNow);
        var ids = await app.QueryAsync(db => db.Departments.Where(d => d.Code == Shanhaiguan || d.Code == Suzhou).OrderBy(d => d.Code).Select(d => d.Id).ToListAsync());
        var opened = await RoundForm(await PageForm.LoadAsync(admin, "/rounds/edit"), 2022, today, today.AddDays(30), ids).PostAsync();
        var roundId = int.Parse(opened.RequestMessage!.RequestUri!.Segments[^1], CultureInfo.InvariantCulture);

        (await DeskAsync(admin, roundId, "?state=not-started")).ShouldBe([("224002", "未开始", "0")]);
        var table = await ExportedTable.ReadAsync(await admin.GetAsync($"/rounds/{roundId}?handler=xlsx&unit=TenThousandYuan&sort=created&desc=true"), "申报进度");

        table.Column("填报单位").Select(c => c.Text).ShouldBe(["中共宿州市委网络安全和信息化委员会办公室", "中共山海关区委网络安全和信息化委员会办公室"]);
        table.Column("已填报").Select(c => c.Number).ShouldBe([6m, 0m]);
        // 宿州's six 2022 forms: 5,570,000 元 = 557 万元 (as the 汇总表 adds them).
        table.Total("年度资金（万元）").Number.ShouldBe(557m);
        table.Total("草稿").Number.ShouldBe(6m);
        table.TotalLabel.ShouldBe("合计（2 个单位）");
    }

    [Fact]
    public async Task Only_the_admin_reaches_rounds_and_bad_input_is_told_at_its_field()
    {
        await using var app = await databases.DemoAppAsync();
        var admin = await app.AdminAsync();
        var today = ChinaCalendar.Day(DateTime.UtcNow);
        var ids = await app.QueryAsync(db => db.Departments.Where(d => d.Code == Shanhaiguan).Select(d => d.Id).ToListAsync());
        var opened = await RoundForm(await PageForm.LoadAsync(admin, "/rounds/edit"), 2023, today, today.AddDays(3), ids).PostAsync();
        var roundId = int.Parse(opened.RequestMessage!.RequestUri!.Segments[^1], CultureInfo.InvariantCulture);

        foreach (var user in new[] { await app.FilerOfDepartmentAsync(Shanhaiguan), await app.SignInAsync("reviewer-business") })
        {
            foreach (var url in new[] { "/rounds", "/rounds/edit", $"/rounds/{roundId}", $"/rounds/{roundId}?handler=xlsx" })
            {
                (await user.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, url);
            }
        }

        var bad = await (await RoundForm(await PageForm.LoadAsync(admin, "/rounds/edit"), 2023, today, today.AddDays(-1), []).Set("Input.Name", " ").PostAsync()).Content.ReadAsStringAsync();
        bad.ShouldContain("请填写批次名称。");
        bad.ShouldContain("截止日期不能早于开始日期。");
        bad.ShouldContain("请至少选择一个应报单位。");
        var taken = await RoundForm(await PageForm.LoadAsync(admin, "/rounds/edit"), 2023, today, today.AddDays(3), ids).PostAsync();
        (await taken.Content.ReadAsStringAsync()).ShouldContain("2023年度已有申报批次，请修改那个批次。");
        var unreadable = await RoundForm(await PageForm.LoadAsync(admin, "/rounds/edit"), 2024, today, today, ids).Set("Input.ClosesOn", "明天").PostAsync();
        (await unreadable.Content.ReadAsStringAsync()).ShouldContain("截止日期“明天”无法识别：请按 年-月-日 填写，如 2023-01-05。");

        var noReason = Extension(await PageForm.LoadAsync(admin, $"/rounds/{roundId}", $"tr[data-department='{Shanhaiguan}'] form"), today.AddDays(9), " ");
        (await (await noReason.PostAsync()).Content.ReadAsStringAsync()).ShouldContain("请写明延期原因。");
        var early = Extension(await PageForm.LoadAsync(admin, $"/rounds/{roundId}", $"tr[data-department='{Shanhaiguan}'] form"), today, "理由");
        (await (await early.PostAsync()).Content.ReadAsStringAsync()).ShouldContain("延期日期应晚于批次截止日期");
        (await app.QueryAsync(db => db.Set<RoundDepartment>().Select(d => d.ExtendedTo).SingleAsync())).ShouldBeNull();
    }

    /// <summary>The round form filled in: its name, year, days and 应报单位 (also for the batch print's tests).</summary>
    internal static PageForm RoundForm(PageForm form, int year, DateOnly opens, DateOnly closes, IReadOnlyList<int> departments)
    {
        form.Set("Input.Name", RoundName).Set("Input.BudgetYear", year.ToString(CultureInfo.InvariantCulture))
            .Set("Input.OpensOn", Day(opens)).Set("Input.ClosesOn", Day(closes)).Remove(name => name == "Input.DepartmentIds");
        foreach (var id in departments)
        {
            form.Fields.Add(new("Input.DepartmentIds", id.ToString(CultureInfo.InvariantCulture)));
        }

        return form;
    }

    private static PageForm Extension(PageForm form, DateOnly until, string reason) => form.Set("ExtendTo", Day(until)).Set("Reason", reason);

    private static async Task<List<(string Code, string State, string Created)>> DeskAsync(HttpClient admin, int roundId, string query = "")
    {
        var page = new HtmlParser().ParseDocument(await admin.GetStringAsync($"/rounds/{roundId}{query}"));
        return [.. page.QuerySelectorAll("#desk tbody tr").Select(row =>
        {
            var cells = row.QuerySelectorAll("td");
            return (cells[0].TextContent.Trim(), cells[3].TextContent.Trim(), cells[4].TextContent.Trim());
        })];
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
