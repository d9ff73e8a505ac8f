using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Auditing;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Rounds;
using PerfTargets.Testing;
using static PerfTargets.Web.Tests.DemoDepartments;

namespace PerfTargets.Web.Tests.Pages.Rounds;

/// <summary>
/// 预置延续项目: the 2024 round pre-creates 山海关's approved 2023 projects as drafts, copied from the
/// approved version (not the live row), skipping a project it already has; one audit row per run that
/// creates anything; a run with nothing left creates nothing; only the admin reaches it.
/// </summary>
public class ContinuingProjectsTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private const string Approved = "网络舆情综合管理";
    private const string InReview = "网络阵地建设和内容管理";

    [Fact]
    public async Task The_round_pre_creates_last_years_approved_projects_once_from_their_approved_versions()
    {
        await using var app = await databases.DemoAppAsync();
        var (approved, inReview) = (await app.DeclarationIdAsync(Approved), await app.DeclarationIdAsync(InReview));
        var filer = await app.FilerOfDepartmentAsync(Shanhaiguan);
        var (business, performance) = (await app.SignInAsync("reviewer-business"), await app.SignInAsync("reviewer-performance"));
        foreach (var id in new[] { approved, inReview })
        {
            (await (await ReviewSteps.SubmitAsync(filer, id)).Content.ReadAsStringAsync()).ShouldContain("已提交，等待审核");
            await ReviewSteps.DecideAsync(business, id, "Approve", null);
        }

        await ReviewSteps.DecideAsync(performance, approved, "Approve", null);
        (await app.DeclarationAsync(approved)).Status.ShouldBe(DeclarationStatus.Approved);
        // Written behind the application after approval: the copy takes the approved version, not this.
        await app.QueryAsync(db => db.Declarations.Where(d => d.Id == approved).ExecuteUpdateAsync(s => s.SetProperty(d => d.ProjectCode, "改动于批复之后")));
        var roundId = await TestRounds.OpenAsync(app, 2024, ChinaCalendar.Day(DateTime.UtcNow).AddDays(20), Shanhaiguan, Suzhou);
        var admin = await app.AdminAsync();

        (await PlannedAsync(admin, roundId)).ShouldBe([("中共山海关区委网络安全和信息化委员会办公室", "1", Approved)]);
        var done = await (await PageForm.LoadAsync(admin, $"/rounds/{roundId}/continuing")).PostAsync();

        (await done.Content.ReadAsStringAsync()).ShouldContain("已预置 1 份延续项目草稿");
        var copy = await app.QueryAsync(db => db.Declarations.SingleAsync(d => d.BudgetYear == 2024));
        (copy.ProjectName, copy.Status, copy.Kind, copy.FilledOn).ShouldBe((Approved, DeclarationStatus.Draft, (ProjectKind?)ProjectKind.Continuing, (DateOnly?)null));
        copy.ProjectCode.ShouldNotBe("改动于批复之后");
        copy.DepartmentId.ShouldBe((await app.DeclarationAsync(approved)).DepartmentId);
        copy.Indicators.Count.ShouldBe(3);
        (await filer.GetStringAsync("/declarations?year=2024")).ShouldContain($"/declarations/{copy.Id}");
        var audited = await RoundAuditsAsync(app);
        audited.ShouldBe([$"申报批次“2024年项目支出绩效目标申报”预置延续项目：从 2023 年度已批复的申报表复制 1 份草稿（中共山海关区委网络安全和信息化委员会办公室 1 份）"]);

        // Again: the project is there already, so nothing is created and nothing recorded.
        (await admin.GetStringAsync($"/rounds/{roundId}/continuing")).ShouldContain("没有需要预置的延续项目");
        (await (await admin.PostAsync($"/rounds/{roundId}/continuing", Token(await admin.GetStringAsync($"/rounds/{roundId}/continuing")))).Content.ReadAsStringAsync())
            .ShouldContain("没有需要预置的延续项目");
        (await app.QueryAsync(db => db.Declarations.CountAsync(d => d.BudgetYear == 2024))).ShouldBe(1);
        (await RoundAuditsAsync(app)).Count.ShouldBe(1);

        // Once the second is approved it is offered, and only it.
        await ReviewSteps.DecideAsync(performance, inReview, "Approve", null);
        (await PlannedAsync(admin, roundId)).ShouldBe([("中共山海关区委网络安全和信息化委员会办公室", "1", InReview)]);
        await (await PageForm.LoadAsync(admin, $"/rounds/{roundId}/continuing")).PostAsync();
        (await app.QueryAsync(db => db.Declarations.Where(d => d.BudgetYear == 2024).OrderBy(d => d.Id).Select(d => d.ProjectName).ToListAsync())).ShouldBe([Approved, InReview]);
        (await RoundAuditsAsync(app)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Only_the_admin_pre_creates()
    {
        await using var app = await databases.DemoAppAsync();
        var roundId = await TestRounds.OpenAsync(app, 2024, ChinaCalendar.Day(DateTime.UtcNow).AddDays(20), Shanhaiguan);
        foreach (var user in new[] { await app.FilerOfDepartmentAsync(Shanhaiguan), await app.SignInAsync("reviewer-business") })
        {
            (await user.GetAsync($"/rounds/{roundId}/continuing")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            var token = Token(await user.GetStringAsync("/account/password"));
            (await user.PostAsync($"/rounds/{roundId}/continuing", token)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        (await (await app.AdminAsync()).GetAsync("/rounds/999999/continuing")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static FormUrlEncodedContent Token(string html) =>
        new([new("__RequestVerificationToken", new HtmlParser().ParseDocument(html).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)]);

    private static Task<List<string>> RoundAuditsAsync(PerfTargetsApp app) =>
        app.QueryAsync(db => db.AuditEntries.Where(e => e.Action == AuditAction.RoundChanged).OrderBy(e => e.Sequence).Select(e => e.Detail).ToListAsync());

    private static async Task<List<(string Department, string Count, string Projects)>> PlannedAsync(HttpClient admin, int roundId)
    {
        var page = new HtmlParser().ParseDocument(await admin.GetStringAsync($"/rounds/{roundId}/continuing"));
        return [.. page.QuerySelectorAll("#planned tbody tr").Select(row =>
        {
            var cells = row.QuerySelectorAll("td");
            return (cells[0].TextContent.Trim(), cells[1].TextContent.Trim(), cells[2].TextContent.Trim());
        })];
    }
}
