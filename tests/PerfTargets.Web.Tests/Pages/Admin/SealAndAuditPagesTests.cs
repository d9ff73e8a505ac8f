using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Auditing;
using PerfTargets.Core.Seals;
using PerfTargets.Data.Setup;
using PerfTargets.Pdf.Seals;
using PerfTargets.Testing;

namespace PerfTargets.Web.Tests.Pages.Admin;

/// <summary>The admin's seal page (upload checks, generated seals, the images served) and the audit page (search, chain check).</summary>
public class SealAndAuditPagesTests(TestDatabases databases, SharedDemoApp shared) : IClassFixture<TestDatabases>, IClassFixture<SharedDemoApp>
{
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient admin, int sectionId, byte[] file, string fileName = "seal.png")
    {
        var form = await PageForm.LoadAsync(admin, "/admin/seals", $"#seal-ReviewSection-{sectionId} form[enctype]");
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in form.Fields)
        {
            content.Add(new StringContent(value), name);
        }

        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        content.Add(part, "file", fileName);
        return await admin.PostAsync("/admin/seals?handler=Upload", content);
    }

    [Fact]
    public async Task Demo_mode_gives_every_section_and_department_a_generated_seal_that_is_served_to_signed_in_users_only()
    {
        var app = shared.App;

        var seals = await app.QueryAsync(db => db.Seals.AsNoTracking().ToListAsync());
        seals.Count.ShouldBe(7);
        seals.ShouldAllBe(s => s.Generated && s.Width == 480);
        var portal = await PortalIdAsync(app);
        var own = seals.Single(s => s.Owner == SealOwner.Department && s.OwnerId == portal);
        var response = await (await app.SignInAsync("filer-portal")).GetAsync($"/seals/{own.Id}");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        (await response.Content.ReadAsByteArrayAsync()).ShouldBe(own.Png);
        var anonymous = await app.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false }).GetAsync($"/seals/{own.Id}");
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_seal_is_shown_to_its_department_to_reviewers_and_to_the_admin_and_to_no_one_else()
    {
        var app = shared.App;
        var seals = await app.QueryAsync(db => db.Seals.AsNoTracking().Select(s => new { s.Id, s.Owner, s.OwnerId }).ToListAsync());
        var shanhaiguan = await app.QueryAsync(db => db.Departments.Where(d => d.Code == "224002").Select(d => d.Id).SingleAsync());
        var portalId = await PortalIdAsync(app);
        var portalSeal = seals.Single(s => s.Owner == SealOwner.Department && s.OwnerId == portalId).Id;
        var shanhaiguanSeal = seals.Single(s => s.Owner == SealOwner.Department && s.OwnerId == shanhaiguan).Id;
        var sectionSeal = seals.First(s => s.Owner == SealOwner.ReviewSection).Id;
        var portal = await app.SignInAsync("filer-portal");
        var filer = await app.SignInAsync("filer-shanhaiguan");

        (await portal.GetAsync($"/seals/{portalSeal}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await portal.GetAsync($"/seals/{shanhaiguanSeal}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await filer.GetAsync($"/seals/{sectionSeal}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.SignInAsync("reviewer-performance")).GetAsync($"/seals/{shanhaiguanSeal}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var admin = await app.AdminAsync();
        (await admin.GetAsync($"/seals/{sectionSeal}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.GetAsync($"/seals/{shanhaiguanSeal}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.Refused && e.Detail.Contains("无权查看该印章")))).ShouldBe(2);

        // Once 业务股室 stamps a 山海关 declaration, its filer sees that stamp in the review record; 门户网站's still does not.
        var draft = await app.DeclarationIdAsync("网络舆情综合管理");
        var filerApi = await app.TokenClientAsync("filer-shanhaiguan");
        var submitted = await (await filerApi.ActAsync(draft, "submit", await filerApi.GetDeclarationAsync(draft))).ReadObjectAsync();
        (await (await app.TokenClientAsync("reviewer-business")).ActAsync(draft, "approve", submitted, "同意")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var stamped = await app.QueryAsync(db => db.DeclarationEvents.Where(e => e.DeclarationId == draft && e.Kind == PerfTargets.Core.Review.DeclarationEventKind.Approved).Select(e => e.SealId!.Value).SingleAsync());
        (await filer.GetAsync($"/seals/{stamped}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await portal.GetAsync($"/seals/{stamped}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static Task<int> PortalIdAsync(PerfTargetsApp app) =>
        app.QueryAsync(db => db.Departments.Where(d => d.Code == "310101901").Select(d => d.Id).SingleAsync());

    [Fact]
    public async Task An_upload_that_is_not_a_usable_png_is_refused_at_its_row_and_the_seal_in_use_stays()
    {
        var app = shared.App;
        var admin = await app.AdminAsync();
        var section = await app.QueryAsync(db => db.ReviewSections.OrderBy(s => s.Sequence).Select(s => s.Id).FirstAsync());
        var before = await app.QueryAsync(db => db.Seals.CountAsync());

        var response = await UploadAsync(admin, section, "GIF89a not a png"u8.ToArray(), "seal.gif");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        page.QuerySelector($"#seal-ReviewSection-{section} .invalid-feedback")!.TextContent.ShouldBe("这不是 PNG 图片。请上传 PNG 格式（.png）的印章图片。");
        (await app.QueryAsync(db => db.Seals.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task A_fully_transparent_png_is_refused_at_its_row_and_the_page_states_the_rules()
    {
        var app = shared.App;
        var admin = await app.AdminAsync();
        var section = await app.QueryAsync(db => db.ReviewSections.OrderBy(s => s.Sequence).Select(s => s.Id).FirstAsync());
        var before = await app.QueryAsync(db => db.Seals.CountAsync());
        using var bitmap = new SkiaSharp.SKBitmap(new SkiaSharp.SKImageInfo(300, 300, SkiaSharp.SKColorType.Rgba8888, SkiaSharp.SKAlphaType.Unpremul));
        bitmap.Erase(SkiaSharp.SKColors.Transparent);
        using var png = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);

        var response = await UploadAsync(admin, section, png.ToArray());

        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        page.QuerySelector($"#seal-ReviewSection-{section} .invalid-feedback")!.TextContent.ShouldBe("印章图片完全透明，没有可见的印章图案。请上传印章部分不透明的 PNG。");
        (await app.QueryAsync(db => db.Seals.CountAsync())).ShouldBe(before);
        var rules = page.QuerySelector("#seal-rules")!.TextContent;
        rules.ShouldContain("不超过 1 MB");
        rules.ShouldContain("每边 100–4000 像素，长边不超过短边的两倍");
    }

    [Fact]
    public async Task A_good_upload_becomes_the_sections_seal_while_earlier_records_keep_theirs()
    {
        await using var app = await databases.DemoAppAsync();
        var admin = await app.AdminAsync();
        var section = await app.QueryAsync(db => db.ReviewSections.OrderBy(s => s.Sequence).Select(s => s.Id).FirstAsync());
        var png = StandardSeal.Draw("某县财政局", "预算股", 300);

        var response = await UploadAsync(admin, section, png);

        (await response.Content.ReadAsStringAsync()).ShouldContain("已启用业务股室的新印章。");
        var current = await app.QueryAsync(db => db.Seals.Where(s => s.Owner == SealOwner.ReviewSection && s.OwnerId == section).OrderByDescending(s => s.Id).FirstAsync());
        current.Png.ShouldBe(png);
        current.Generated.ShouldBeFalse();
        (await app.QueryAsync(db => db.Seals.CountAsync(s => s.Owner == SealOwner.ReviewSection && s.OwnerId == section))).ShouldBe(2);
        (await app.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.SealChanged && e.UserName == "admin"))).ShouldBe(1);
    }

    [Theory]
    [InlineData("Bogus", "1")]
    [InlineData("99", "1")]
    [InlineData("Department", "x")]
    public async Task A_seal_for_an_owner_the_form_does_not_name_is_refused_and_none_is_made(string owner, string id)
    {
        var app = shared.App;
        var admin = await app.AdminAsync();
        var before = await app.QueryAsync(db => db.Seals.CountAsync());

        var response = await (await PageForm.LoadAsync(admin, "/admin/seals", "form[action*=Generate]")).Set("owner", owner).Set("id", id).PostAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.QueryAsync(db => db.Seals.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task The_audit_page_finds_failed_sign_ins_and_checks_the_chain()
    {
        var app = await shared.OnAsync(DatabaseProvider.PostgreSql);
        var stranger = app.CreateClient(new() { BaseAddress = new Uri("https://localhost") });
        await (await PageForm.LoadAsync(stranger, "/account/login")).Set("UserName", "filer-portal").Set("Password", "wrong-password-1").PostAsync();
        var admin = await app.AdminAsync();

        var found = new HtmlParser().ParseDocument(await admin.GetStringAsync("/admin/audit?action=SignInFailed"));
        var rows = found.QuerySelectorAll("#audit tbody tr");
        rows.Length.ShouldBe(1);
        rows[0].TextContent.ShouldContain("filer-portal");
        rows[0].TextContent.ShouldContain("密码错误");

        var verified = await (await PageForm.LoadAsync(admin, "/admin/audit?action=SignInFailed", "form[action*=Verify]")).PostAsync();
        verified.RequestMessage!.RequestUri!.PathAndQuery.ShouldBe("/admin/audit?action=SignInFailed", "after the check, reloading the page does not post it again");
        new HtmlParser().ParseDocument(await verified.Content.ReadAsStringAsync()).QuerySelector("#verification")!.TextContent.Trim()
            .ShouldMatch(@"^审计日志完整：共 \d+ 条记录，哈希链逐条校验通过，与 .+ 中的 \d+ 个检查点一致。 申报版本完整：0 个版本的内容与其哈希一致。$");

        var written = await (await PageForm.LoadAsync(admin, "/admin/audit", "form[action*=Checkpoint]")).PostAsync();
        var headline = new HtmlParser().ParseDocument(await written.Content.ReadAsStringAsync()).QuerySelector("#verification")!.TextContent.Trim();
        var head = await app.QueryAsync(db => db.AuditEntries.OrderBy(e => e.Sequence).Select(e => new { LastSequence = e.Sequence, LastHash = e.Hash }).LastAsync());
        headline.ShouldBe($"已写入检查点：第 {head.LastSequence} 条，哈希 {head.LastHash[..12]}…，写入 {app.CheckpointPath}。");
        var checkpoint = AuditCheckpoint.Parse((await File.ReadAllLinesAsync(app.CheckpointPath))[^1])!;
        (checkpoint.Sequence, checkpoint.Hash).ShouldBe((head.LastSequence, head.LastHash));
        (await app.QueryAsync(db => db.AuditEntries.OrderBy(e => e.Sequence).LastAsync())).Action.ShouldBe(AuditAction.CheckpointWritten);
    }

    [Theory]
    [InlineData("to=9999-12-31", "to", "日期应在 2000 年到 2100 年之间（所填为 9999-12-31）。")]
    [InlineData("from=0001-01-01", "from", "日期应在 2000 年到 2100 年之间（所填为 0001-01-01）。")]
    [InlineData("from=0000-01-01", "from", "日期“0000-01-01”无法识别：请按 年-月-日 填写，如 2026-01-31。")]
    [InlineData("to=%D9%A2%D9%A0%D9%A2%D9%A6-%D9%A0%D9%A1-%D9%A0%D9%A5", "to", "日期“٢٠٢٦-٠١-٠٥”无法识别：请按 年-月-日 填写，如 2026-01-31。")]
    [InlineData("from=2026-13-45", "from", "日期“2026-13-45”无法识别：请按 年-月-日 填写，如 2026-01-31。")]
    [InlineData("declaration=abc", "declaration", "申报表编号“abc”无法识别：请填写正整数，如 12。")]
    [InlineData("declaration=-3", "declaration", "申报表编号“-3”无法识别：请填写正整数，如 12。")]
    [InlineData("action=Nonsense", "action", "没有“Nonsense”这种操作，请从列表中选择。")]
    [InlineData("action=3", "action", "没有“3”这种操作，请从列表中选择。")]
    [InlineData("from=2026-03-02&to=2026-03-01", "to", "“到”的日期（2026-03-01）早于“从”的日期（2026-03-02），请改正。")]
    public async Task An_audit_filter_that_cannot_be_understood_is_said_so_at_its_field_and_nothing_is_listed(string query, string field, string message)
    {
        var app = shared.App;
        var admin = await app.AdminAsync();

        var response = await admin.GetAsync($"/admin/audit?{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        page.QuerySelector($"#{field}")!.ClassList.ShouldContain("is-invalid");
        page.QuerySelector($"#{field} ~ .invalid-feedback")!.TextContent.ShouldBe(message);
        page.QuerySelectorAll(".invalid-feedback").Length.ShouldBe(1);
        page.QuerySelector("#search-refused").ShouldNotBeNull();
        page.QuerySelector("#audit").ShouldBeNull();
    }

    [Fact]
    public async Task The_audit_search_finds_a_user_by_name_or_by_display_name_and_by_day()
    {
        var app = shared.App;
        await app.SignInAsync("filer-lusong");
        await app.SignInAsync("filer-portal");
        var admin = await app.AdminAsync();
        static IEnumerable<string> Users(string html) => new HtmlParser().ParseDocument(html).QuerySelectorAll("#audit tbody tr td.audit-user .audit-account").Select(td => td.TextContent);

        Users(await admin.GetStringAsync("/admin/audit?user=王娅薇")).Distinct().ShouldBe(["filer-lusong"]);
        Users(await admin.GetStringAsync("/admin/audit?user=王")).Distinct().Order().ShouldBe(["filer-lusong", "filer-portal"]);
        Users(await admin.GetStringAsync("/admin/audit?user=lusong")).Distinct().ShouldBe(["filer-lusong"]);
        var today = Viewing.ChinaTime.Format(DateTime.UtcNow)[..10];
        Users(await admin.GetStringAsync($"/admin/audit?user=lusong&from={today}&to={today}")).ShouldNotBeEmpty();
        Users(await admin.GetStringAsync("/admin/audit?user=lusong&from=2000-01-01&to=2000-12-31")).ShouldBeEmpty();
        Users(await admin.GetStringAsync("/admin/audit?user=lusong&from=2000-01-01&to=2100-12-31")).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task The_audit_log_names_people_by_their_name_and_declarations_by_project_and_year()
    {
        var app = shared.App;
        var id = await app.DeclarationIdAsync("新媒体软课题费");
        var declaration = await app.DeclarationAsync(id);
        // Another department's filer asks for it: refused, and the refusal is recorded against it.
        (await (await app.SignInAsync("filer-lusong")).GetAsync($"/declarations/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var admin = await app.AdminAsync();

        var page = new HtmlParser().ParseDocument(await admin.GetStringAsync($"/admin/audit?declaration={id}&user=filer-lusong"));

        var row = page.QuerySelectorAll("#audit tbody tr")[0];
        row.QuerySelector("td.audit-user .audit-person")!.TextContent.ShouldBe("王娅薇");
        row.QuerySelector("td.audit-user .audit-account")!.TextContent.ShouldBe("filer-lusong");
        var link = row.QuerySelector("td.audit-declaration a")!;
        link.TextContent.ShouldBe($"新媒体软课题费（{declaration.BudgetYear}年度）");
        link.GetAttribute("href").ShouldBe($"/declarations/{id}");
        page.QuerySelector("#audit thead")!.TextContent.ShouldNotContain("编号");
    }

    [Fact]
    public async Task A_nul_in_a_search_term_is_dropped_rather_than_sent_to_the_database()
    {
        var app = await shared.OnAsync(DatabaseProvider.PostgreSql);

        (await (await app.AdminAsync()).GetAsync("/admin/audit?user=%00admin")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await app.SignInAsync("reviewer-business")).GetAsync("/review?q=%00")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
