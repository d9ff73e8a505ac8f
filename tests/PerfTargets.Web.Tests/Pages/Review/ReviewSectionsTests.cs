using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Review;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;

namespace PerfTargets.Web.Tests.Pages.Review;

/// <summary>
/// 审核科室 as the admin keeps them while declarations are in review: moved, 停用 and 启用, and never
/// a step a declaration could be sent to without a reviewer or a seal.
/// </summary>
public class ReviewSectionsTests(TestDatabases databases, SharedDemoApp shared) : IClassFixture<TestDatabases>, IClassFixture<SharedDemoApp>
{
    private const string Project = "网络舆情综合管理";

    private static async Task<HttpResponseMessage> PostRowAsync(HttpClient admin, int sectionId, string handler) =>
        await (await PageForm.LoadAsync(admin, "/admin/sections", $"#section-{sectionId} form[action*='handler={handler}']")).PostAsync();

    private static async Task<string> RefusalAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector("#section-refusal")?.TextContent ?? string.Empty;

    private static Task<int> SectionAsync(PerfTargetsApp app, string name) =>
        app.QueryAsync(db => db.ReviewSections.Where(s => s.Name == name).Select(s => s.Id).SingleAsync());

    private static async Task<int> SubmitAsync(PerfTargetsApp app)
    {
        var id = await app.DeclarationIdAsync(Project);
        await (await PageForm.LoadAsync(await app.FilerOfDepartmentAsync("224002"), $"/declarations/{id}/submit", "form#submit-form")).PostAsync();
        return id;
    }

    [Fact]
    public async Task A_tampered_switch_or_choice_changes_nothing_and_neither_does_an_urge_for_an_unreadable_department()
    {
        await using var app = await databases.DemoAppAsync();
        var admin = await app.AdminAsync();
        var performance = await SectionAsync(app, "绩效管理股");
        var disable = await PageForm.LoadAsync(admin, "/admin/sections", $"#section-{performance} form[action*='handler=Disable']");
        var rule = await PageForm.LoadAsync(admin, "/admin/sections", "form[action*='handler=ResubmitRule']");
        var before = await app.QueryAsync(db => db.ReviewSettings.Select(s => s.ResubmitRule).ToListAsync());

        (await disable.Set("disable", "abc").PostAsync()).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await rule.Set("rule", "xyz").PostAsync()).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await rule.Remove(name => name == "rule").PostAsync()).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await app.QueryAsync(db => db.ReviewSections.Where(s => s.Id == performance).Select(s => s.IsDisabled).SingleAsync())).ShouldBeFalse();
        (await app.QueryAsync(db => db.ReviewSettings.Select(s => s.ResubmitRule).ToListAsync())).ShouldBe(before);
        (await app.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == Core.Auditing.AuditAction.SettingsChanged))).ShouldBe(0);
    }

    [Fact]
    public async Task A_section_moves_later_in_the_review_chain()
    {
        await using var app = await databases.DemoAppAsync();
        var admin = await app.AdminAsync();

        await PostRowAsync(admin, await SectionAsync(app, "业务股室"), "Later");

        (await app.QueryAsync(db => db.ReviewSections.OrderBy(s => s.Sequence).Select(s => s.Name).ToListAsync())).ShouldBe(["绩效管理股", "业务股室"]);
    }

    [Fact]
    public async Task A_new_section_starts_disabled_and_is_enabled_only_once_it_has_a_reviewer_and_a_seal()
    {
        await using var app = await databases.DemoAppAsync();
        var admin = await app.AdminAsync();
        var add = await PageForm.LoadAsync(admin, "/admin/sections", "main form[action*='handler=Add']");
        var added = await (await add.Set("Name", "预算股").Set("Organisation", "示范县财政局").PostAsync()).Content.ReadAsStringAsync();
        added.ShouldContain("暂为停用");
        var section = await SectionAsync(app, "预算股");
        new HtmlParser().ParseDocument(added).QuerySelector("#section-warnings").ShouldBeNull(); // a disabled section is not in the chain

        (await RefusalAsync(await PostRowAsync(admin, section, "Disable")))
            .ShouldBe("“预算股”尚未配置审核人和印章，不能启用。请先在“印章”页设置印章、在“账户管理”开设该科室的审核人账户。");
        (await app.QueryAsync(db => db.ReviewSections.SingleAsync(s => s.Id == section))).IsDisabled.ShouldBeTrue();

        // A declaration approved by the sections before it is not stranded on it meanwhile.
        var id = await SubmitAsync(app);
        await ApproveAsync(app, "reviewer-business", id);
        await ApproveAsync(app, "reviewer-performance", id);
        (await app.DeclarationAsync(id)).Status.ShouldBe(DeclarationStatus.Approved);

        await (await PageForm.LoadAsync(admin, "/admin/seals", $"#seal-ReviewSection-{section} form[action*=Generate]")).PostAsync();
        var users = await PageForm.LoadAsync(admin, "/admin/users", "main form[action*='handler=Create']");
        await users.Set("Input.UserName", "reviewer-budget").Set("Input.DisplayName", "预算股审核人").Set("Input.Role", "Reviewer")
            .Set("Input.ReviewSectionId", section.ToString(System.Globalization.CultureInfo.InvariantCulture)).Set("Input.Password", "Initial-pass-2026").PostAsync();
        (await RefusalAsync(await PostRowAsync(admin, section, "Disable"))).ShouldBeEmpty();
        (await app.QueryAsync(db => db.ReviewSections.SingleAsync(s => s.Id == section))).IsDisabled.ShouldBeFalse();
    }

    [Fact]
    public async Task A_section_a_declaration_waits_on_cannot_be_disabled_and_the_refusal_names_it()
    {
        await using var app = await databases.DemoAppAsync();
        var id = await SubmitAsync(app);
        var admin = await app.AdminAsync();
        var business = await SectionAsync(app, "业务股室");

        (await RefusalAsync(await PostRowAsync(admin, business, "Disable")))
            .ShouldBe($"“业务股室”还有 1 份申报表待审（“{Project}”），不能停用。请待这些申报表审核通过或退回后再停用。");

        (await app.QueryAsync(db => db.ReviewSections.SingleAsync(s => s.Id == business))).IsDisabled.ShouldBeFalse();
        (await app.DeclarationAsync(id)).Review.AwaitingSectionId.ShouldBe(business);
    }

    [Fact]
    public async Task A_disabled_section_is_skipped_and_enabled_again_takes_its_turn()
    {
        await using var app = await databases.DemoAppAsync();
        var admin = await app.AdminAsync();
        var business = await SectionAsync(app, "业务股室");

        (await (await PostRowAsync(admin, business, "Disable")).Content.ReadAsStringAsync()).ShouldContain("已停用“业务股室”");
        var id = await SubmitAsync(app);

        (await app.DeclarationAsync(id)).Review.AwaitingSectionId.ShouldBe(await SectionAsync(app, "绩效管理股"));
        await PostRowAsync(admin, business, "Disable");
        (await app.QueryAsync(db => db.ReviewSections.SingleAsync(s => s.Id == business))).IsDisabled.ShouldBeFalse();
    }

    [Fact]
    public async Task Approving_onto_a_section_without_an_active_reviewer_is_refused_to_the_approver_and_changes_nothing()
    {
        await using var app = await databases.DemoAppAsync();
        var id = await SubmitAsync(app);
        await app.QueryAsync(db => db.Users.Where(u => u.UserName == "reviewer-performance").ExecuteUpdateAsync(u => u.SetProperty(x => x.IsDisabled, true)));

        var response = await DecideAsync(app, "reviewer-business", id, "同意。");

        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        page.QuerySelector("#refusal")!.TextContent.ShouldBe("下一审核科室“绩效管理股”尚未配置审核人，本次审核未执行。请联系系统管理员。");
        response.RequestMessage!.RequestUri!.PathAndQuery.ShouldBe($"/review/{id}", "reloading the refusal posts nothing again");
        page.QuerySelector("#decision textarea")!.TextContent.Trim('\n').ShouldBe("同意。");
        var declaration = await app.DeclarationAsync(id);
        declaration.Review.AwaitingSectionId.ShouldBe(await SectionAsync(app, "业务股室"));
        (await app.QueryAsync(db => db.DeclarationEvents.CountAsync(e => e.Kind == DeclarationEventKind.Approved))).ShouldBe(0);
        var warnings = new HtmlParser().ParseDocument(await (await app.AdminAsync()).GetStringAsync("/admin/sections")).QuerySelector("#section-warnings")!;
        warnings.TextContent.ShouldContain("“绩效管理股”尚未配置审核人");
    }

    [Fact]
    public async Task Submitting_to_a_first_section_without_a_reviewer_or_a_seal_is_refused_and_nothing_is_frozen()
    {
        await using var app = await databases.DemoAppAsync();
        // As a section set up before sections could be 停用 may stand: in the chain, nobody to review.
        await app.QueryAsync(db =>
        {
            db.ReviewSections.Add(new Core.Accounts.ReviewSection { Name = "预算股", Organisation = "示范县财政局", Sequence = 0 });
            return db.SaveChangesAsync();
        });
        var id = await app.DeclarationIdAsync(Project);
        var filer = await app.FilerOfDepartmentAsync("224002");

        var page = await (await PageForm.LoadAsync(filer, $"/declarations/{id}/submit", "form#submit-form")).PostAsync();

        (await page.Content.ReadAsStringAsync()).ShouldContain("审核科室“预算股”尚未配置审核人和印章，暂不能提交。请联系系统管理员。");
        (await app.DeclarationAsync(id)).Status.ShouldBe(DeclarationStatus.Draft);
        (await app.QueryAsync(db => db.DeclarationVersions.CountAsync(v => v.DeclarationId == id))).ShouldBe(0);
    }

    [Theory]
    [InlineData("/admin/sections", "main form[action*='handler=Add']", "Name", "科室名称不能超过 64 个字。", 65)]
    [InlineData("/admin/sections", "main form[action*='handler=Add']", "Organisation", "所属机关不能超过 200 个字。", 201)]
    [InlineData("/admin/users", "main form[action*='handler=Create']", "Input.DisplayName", "姓名不能超过 64 个字。", 65)]
    [InlineData("/admin/users", "main form[action*='handler=Create']", "Input.UserName", "用户名不能超过 64 个字符。", 65)]
    public async Task A_name_over_its_limit_is_refused_at_its_field_not_cut_off(string url, string selector, string field, string message, int length)
    {
        var app = shared.App;
        var admin = await app.AdminAsync();
        var form = await PageForm.LoadAsync(admin, url, selector);
        var input = form.Page.QuerySelector($"[name='{field}']")!;
        input.HasAttribute("maxlength").ShouldBeFalse();
        input.GetAttribute("data-maxlength").ShouldBe((length - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var sections = await app.QueryAsync(db => db.ReviewSections.CountAsync());
        var accounts = await app.QueryAsync(db => db.Users.CountAsync());
        var text = new string('科', length);

        var response = await form.Set("Name", "预算股").Set("Organisation", "示范县财政局").Set("Input.UserName", "someone").Set("Input.DisplayName", "某人")
            .Set("Input.Role", "Filer").Set("Input.DepartmentId", "1").Set("Input.Password", "Initial-pass-2026").Set(field, text).PostAsync();

        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var shown = page.QuerySelector($"{selector} [name='{field}']")!;
        shown.GetAttribute("value").ShouldBe(text);
        shown.ParentElement!.QuerySelector(".invalid-feedback")!.TextContent.ShouldBe(message);
        (await app.QueryAsync(db => db.ReviewSections.CountAsync())).ShouldBe(sections);
        (await app.QueryAsync(db => db.Users.CountAsync())).ShouldBe(accounts);
    }

    private static async Task<HttpResponseMessage> DecideAsync(PerfTargetsApp app, string reviewer, int id, string? opinion)
    {
        var form = await PageForm.LoadAsync(await app.SignInAsync(reviewer), $"/review/{id}", "form#decision");
        return await form.Set("Opinion", opinion ?? string.Empty).PostToAsync($"/review/{id}?handler=Approve");
    }

    private static async Task ApproveAsync(PerfTargetsApp app, string reviewer, int id) =>
        (await DecideAsync(app, reviewer, id, null)).RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/review");
}
