using System.Net;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Auditing;
using PerfTargets.Core.Validation;
using PerfTargets.Testing;

namespace PerfTargets.Web.Tests.Pages.Admin;

/// <summary>
/// 审核规则设置 (/admin/rules) and 规则说明 (/rules). The settings are the installation's, so the
/// tests that change them run on an application of their own.
/// </summary>
public class RuleSettingsPageTests(TestDatabases databases, SharedDemoApp shared) : IClassFixture<TestDatabases>, IClassFixture<SharedDemoApp>
{
    /// <summary>The rules the problem list links to (每条问题的“说明”), as "/rules#R24 /rules#R13 …".</summary>
    private static string RuleLinks(string html) => string.Join(" ", Html.Parse(html).QuerySelectorAll("#problems a.rule-link").Select(a => a.GetAttribute("href")));

    [Fact]
    public async Task A_rule_turned_off_leaves_the_checks_from_then_on_while_a_submitted_version_keeps_its_verdict()
    {
        await using var app = await databases.DemoAppAsync();
        var submittedId = await app.DeclarationIdAsync("网络安全和信息化工作经费");
        var draftId = await app.DeclarationIdAsync("网络内容建设工作经费及网络综合治理");
        var filer = await app.FilerOfAsync(submittedId);
        (await ReviewSteps.SubmitAsync(filer, submittedId)).EnsureSuccessStatusCode();
        RuleLinks(await filer.GetStringAsync($"/declarations/{draftId}")).ShouldContain("/rules#R24");

        var form = await PageForm.LoadAsync(await app.AdminAsync(), "/admin/rules");
        var saved = await (await form.Set($"Form.Levels[{DeclarationRule.VagueWording}]", "Off").Set("Form.Note", "本年度试行，定性指标暂不检查措辞").PostAsync()).Content.ReadAsStringAsync();

        saved.ShouldContain("审核规则设置已保存（R24 默认→关闭）");
        Html.Parse(saved).QuerySelector("#history + table")!.TextContent.ShouldContain("本年度试行，定性指标暂不检查措辞");
        RuleLinks(await filer.GetStringAsync($"/declarations/{draftId}")).ShouldNotContain("/rules#R24");
        RuleLinks(await filer.GetStringAsync($"/declarations/{submittedId}")).ShouldContain("/rules#R24"); // judged as when it was submitted
        (await app.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.SettingsChanged && e.Detail!.Contains("R24 默认→关闭")))).ShouldBe(1);
    }

    [Fact]
    public async Task Bad_settings_are_refused_at_their_fields_and_nothing_is_saved()
    {
        await using var app = await databases.DemoAppAsync();
        var form = await PageForm.LoadAsync(await app.AdminAsync(), "/admin/rules");

        var page = Html.Parse(await (await form.Set("Form.MinimumIndicators", "0").Set("Form.Odd", "万万").Set("Form.VagueWords", "进一步、进一步").PostAsync()).Content.ReadAsStringAsync());

        page.QuerySelector("[data-valmsg-for='Form.MinimumIndicators']")!.TextContent.ShouldBe("三级指标最少个数应在 1 到 50 之间。");
        page.QuerySelector("[data-valmsg-for='Form.Odd']")!.TextContent.ShouldBe("“万万”应写成“单位=应为的单位”，如“万=万元”。");
        page.QuerySelector("#Form_Odd")!.TextContent.ShouldBe("万万"); // what was typed stays

        // A level the page never offers, posted by hand, is refused at its rule's row.
        var forged = await (await PageForm.LoadAsync(await app.AdminAsync(), "/admin/rules")).Set("Form.Levels[R01]", "Bogus").PostAsync();
        forged.StatusCode.ShouldBe(HttpStatusCode.OK);
        Html.Parse(await forged.Content.ReadAsStringAsync()).QuerySelector("[data-valmsg-for='Form.Levels[R01]']")!.TextContent.ShouldBe("“Bogus”不是有效的值。");
        // An invisible character in a word or the note, or a tick no kind and class stand for, is said at its field.
        var hidden = await (await PageForm.LoadAsync(await app.AdminAsync(), "/admin/rules"))
            .Set("Form.GradeWords", "优秀、良\u0007").Set("Form.Note", "试行\u202E").Set("Form.Accepted", "Quantity:Xyz").PostAsync();
        var said = Html.Parse(await hidden.Content.ReadAsStringAsync());
        said.QuerySelector("[data-valmsg-for='Form.GradeWords']")!.TextContent.ShouldContain("U+0007");
        said.QuerySelector("[data-valmsg-for='Form.Note']")!.TextContent.ShouldContain("U+202E");
        said.QuerySelector("[data-valmsg-for='Form.Accepted']")!.TextContent.ShouldBe("“Quantity:Xyz”不是可选的单位类别，未保存。请在页面上勾选。");
        (await app.QueryAsync(db => db.RuleSettingsRevisions.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Only_the_admin_changes_the_rules_and_everyone_signed_in_reads_them()
    {
        var app = shared.App;
        var filer = await app.SignInAsync("filer-suzhou");

        (await filer.GetAsync("/admin/rules")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.SignInAsync("reviewer-business")).GetAsync("/admin/rules")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var catalogue = Html.Parse(await filer.GetStringAsync("/rules"));
        catalogue.QuerySelectorAll("section.rule").Select(s => s.Id).ShouldBe(Core.Validation.Catalogue.RuleCatalogue.All.Select(r => r.Code));
        catalogue.GetElementById("R17")!.QuerySelector(".rule-fails")!.TextContent.ShouldContain("监测户人口数 ≥10户");
    }
}
