using System.Net;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Auditing;
using PerfTargets.Core.Declarations;
using PerfTargets.Testing;

namespace PerfTargets.Web.Tests.Pages.Admin;

/// <summary>
/// 指标库 (/admin/library): the admin shares approved indicators across departments (audited) and sees
/// how often entries are used; no one else opens it. The setting is the installation's: an application of its own.
/// </summary>
public class LibraryPageTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    [Fact]
    public async Task The_admin_shares_history_audited_and_sees_the_entries_used_most()
    {
        await using var app = await databases.DemoAppAsync();
        var id = await app.DeclarationIdAsync("网络舆情综合管理");
        await app.QueryAsync(async db =>
        {
            var declaration = await db.Declarations.SingleAsync(d => d.Id == id);
            declaration.Indicators.Add(new Indicator { Sequence = 99, Level1 = "产出指标", Level2 = "质量指标", Name = "设备验收合格率" });
            return await db.SaveChangesAsync();
        });
        var admin = await app.AdminAsync();

        var form = await PageForm.LoadAsync(admin, "/admin/library");
        var saved = await (await form.Set("Share", "true").PostAsync()).Content.ReadAsStringAsync();

        saved.ShouldContain("已设置：各单位已批复的三级指标向所有单位提示。");
        Html.Parse(saved).QuerySelector("input#share")!.HasAttribute("checked").ShouldBeTrue();
        Html.Parse(saved).QuerySelectorAll("#usage tbody tr").Select(r => r.TextContent).ShouldContain(r => r.Contains("设备验收合格率") && r.Contains("质量指标"));
        (await app.QueryAsync(db => db.LibrarySettings.SingleAsync())).ShareHistory.ShouldBeTrue();
        saved.ShouldContain("指标库中的 178 个共性指标");
        (await app.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.SettingsChanged && e.Detail.Contains("指标库：各单位已批复的三级指标向所有单位提示")))).ShouldBe(1);
    }

    [Fact]
    public async Task A_filer_or_a_reviewer_cannot_open_or_change_it()
    {
        await using var app = await databases.DemoAppAsync();

        foreach (var user in new[] { "filer-suzhou", "reviewer-business" })
        {
            var client = await app.SignInAsync(user);
            (await client.GetAsync("/admin/library")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        (await app.QueryAsync(db => db.LibrarySettings.AnyAsync())).ShouldBeFalse();
    }
}
