using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Auditing;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Library;
using PerfTargets.Core.Taxonomy;
using PerfTargets.Data.Accounts;
using PerfTargets.Data.Setup;
using PerfTargets.Sheets.Library;
using PerfTargets.Sheets.Reading;
using PerfTargets.Sheets.Writing;
using PerfTargets.Testing;

namespace PerfTargets.Web.Tests.Pages.Admin;

/// <summary>
/// 指标库维护 (/admin/library/entries, /admin/library/entry, /admin/library/import): the admin adds,
/// edits, retires, restores and merges entries and exports and imports the library, each change
/// audited; a bad field or file is said in Chinese and saves nothing; no one else may do any of it.
/// </summary>
public class LibraryAdminTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private const string Import = "/admin/library/import";

    private static async Task<int> FrameworkIdAsync(PerfTargetsApp app, string code = StandardFrameworks.National2021) =>
        await app.QueryAsync(db => db.IndicatorFrameworks.Where(f => f.Code == code).Select(f => f.Id).SingleAsync());

    private static Task<int> AuditCountAsync(PerfTargetsApp app, AuditAction action) =>
        app.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == action));

    private static async Task<IReadOnlyList<string>> SuggestedAsync(PerfTargetsApp app, string query)
    {
        var client = await app.TokenClientAsync(DemoAccounts.Admin);
        var found = JsonNode.Parse(await client.GetStringAsync("/api/v1/indicators?framework=2021&limit=100&query=" + Uri.EscapeDataString(query)))!.AsArray();
        return [.. found.Select(e => (string)e!["name"]!)];
    }

    private static async Task<PageForm> EntryFormAsync(HttpClient admin, PerfTargetsApp app, string url = "/admin/library/entry") =>
        (await PageForm.LoadAsync(admin, url))
            .Set("Input.FrameworkId", (await FrameworkIdAsync(app)).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Set("Input.Level1", "产出指标").Set("Input.Level2", "质量指标").Set("Input.Name", "自建平台可用率")
            .Set("Input.Nature", nameof(IndicatorNature.Quantitative)).Set("Input.Unit", "%").Set("Input.Comparator", nameof(Comparator.GreaterOrEqual));

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_admin_adds_and_edits_an_entry_audited_and_filers_are_suggested_it(DatabaseProvider provider)
    {
        await using var app = await databases.DemoAppAsync(provider);
        var admin = await app.AdminAsync();

        var form = await EntryFormAsync(admin, app);
        form["Input.Source"].ShouldBe(LibraryEntry.LocalSource);
        var listed = await form.PostAsync();

        listed.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/admin/library/entries");
        var page = await listed.Content.ReadAsStringAsync();
        page.ShouldContain("已保存条目“自建平台可用率”");
        var entry = await app.QueryAsync(db => db.LibraryEntries.SingleAsync(e => e.Name == "自建平台可用率"));
        entry.Key.ShouldBeNull();
        entry.Source.ShouldBe(LibraryEntry.LocalSource);
        entry.Comparator.ShouldBe(Comparator.GreaterOrEqual);
        (await SuggestedAsync(app, "自建平台")).ShouldBe(["自建平台可用率"]);

        var edit = await PageForm.LoadAsync(admin, $"/admin/library/entry/{entry.Id}");
        edit["Input.Name"].ShouldBe("自建平台可用率");
        await edit.Set("Input.Name", "自建平台年可用率").Set("Input.Source", "本局信息化规划").PostAsync();

        var edited = await app.QueryAsync(db => db.LibraryEntries.SingleAsync(e => e.Id == entry.Id));
        (edited.Name, edited.Source, edited.Key).ShouldBe(("自建平台年可用率", "本局信息化规划", (string?)null));
        (await AuditCountAsync(app, AuditAction.LibraryEntrySaved)).ShouldBe(2);
        (await app.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Detail!.Contains("修改指标库条目“自建平台年可用率”（产出指标/质量指标）")))).ShouldBe(1);
    }

    [Fact]
    public async Task A_bad_field_is_said_in_Chinese_at_the_field_and_nothing_is_saved()
    {
        await using var app = await databases.DemoAppAsync();
        var admin = await app.AdminAsync();
        var before = await app.QueryAsync(db => db.LibraryEntries.CountAsync());

        var form = (await EntryFormAsync(admin, app)).Set("Input.Level2", "社会效益指标").Set("Input.Unit", new string('个', DeclarationLimits.Unit + 1)).Set("Input.Source", "");
        var response = await form.PostAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        var level2 = page.QuerySelector("#Input_Level2")!;
        level2.GetAttribute("aria-invalid").ShouldBe("true");
        page.GetElementById(level2.GetAttribute("aria-describedby")!.Split(' ')[0])!.TextContent.ShouldContain("一级指标“产出指标”下没有二级指标“社会效益指标”");
        page.Body!.TextContent.ShouldContain($"计量单位不能超过 {DeclarationLimits.Unit} 个字。");
        page.Body!.TextContent.ShouldContain("请填写来源");
        ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#Input_Name")!).Value.ShouldBe("自建平台可用率");
        var unnamed = await (await EntryFormAsync(admin, app)).Set("Input.Name", "").PostAsync();
        unnamed.StatusCode.ShouldBe(HttpStatusCode.OK);
        Html.Parse(await unnamed.Content.ReadAsStringAsync()).QuerySelector("#Input_Name-error")!.TextContent.ShouldBe("请填写三级指标名称。");
        (await app.QueryAsync(db => db.LibraryEntries.CountAsync())).ShouldBe(before);
        (await AuditCountAsync(app, AuditAction.LibraryEntrySaved)).ShouldBe(0);
    }

    [Fact]
    public async Task A_retired_entry_is_no_longer_suggested_but_listed_with_the_retired_and_can_be_restored()
    {
        await using var app = await databases.DemoAppAsync();
        var admin = await app.AdminAsync();
        var id = await app.QueryAsync(db => db.LibraryEntries.Where(e => e.Name == "设备验收合格率" && e.FrameworkId == db.IndicatorFrameworks.Single(f => f.Code == StandardFrameworks.National2021).Id).Select(e => e.Id).SingleAsync());
        var url = "/admin/library/entries?Q=" + Uri.EscapeDataString("设备验收合格率") + "&Retired=true";

        var listed = await (await PageForm.LoadAsync(admin, url)).PostToAsync($"/admin/library/entries?handler=Retire&id={id}");

        (await listed.Content.ReadAsStringAsync()).ShouldContain($"已停用编号 {id} 的条目");
        (await SuggestedAsync(app, "设备验收合格率")).ShouldNotContain("设备验收合格率");
        var row = Html.Parse(await admin.GetStringAsync(url)).QuerySelector($"#library tr[data-id='{id}']")!;
        row.TextContent.ShouldContain("停用");
        Html.Parse(await admin.GetStringAsync("/admin/library/entries?Q=" + Uri.EscapeDataString("设备验收合格率"))).QuerySelector($"#library tr[data-id='{id}']").ShouldBeNull();

        await (await PageForm.LoadAsync(admin, url)).PostToAsync($"/admin/library/entries?handler=Restore&id={id}");

        (await SuggestedAsync(app, "设备验收合格率")).ShouldContain("设备验收合格率");
        (await AuditCountAsync(app, AuditAction.LibraryEntryRetired)).ShouldBe(1);
        (await AuditCountAsync(app, AuditAction.LibraryEntryRestored)).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Merged_entries_are_retired_point_to_the_kept_one_and_their_uses_count_for_it(DatabaseProvider provider)
    {
        await using var app = await databases.DemoAppAsync(provider);
        var framework = await FrameworkIdAsync(app);
        var ids = await app.QueryAsync(db => db.LibraryEntries.Where(e => e.FrameworkId == framework && (e.Name == "设备验收合格率" || e.Name == "工程验收合格率"))
            .ToDictionaryAsync(e => e.Name, e => e.Id));
        var (kept, merged) = (ids["设备验收合格率"], ids["工程验收合格率"]);
        var declarationId = await app.DeclarationIdAsync("网络舆情综合管理");
        await app.QueryAsync(async db =>
        {
            var declaration = await db.Declarations.SingleAsync(d => d.Id == declarationId);
            declaration.Indicators.Add(new Indicator { Sequence = 98, Level1 = "产出指标", Level2 = "质量指标", Name = "工程验收合格率" });
            declaration.Indicators.Add(new Indicator { Sequence = 99, Level1 = "产出指标", Level2 = "质量指标", Name = "设备验收合格率" });
            return await db.SaveChangesAsync();
        });
        var admin = await app.AdminAsync();
        var url = "/admin/library/entries?Framework=2021&Q=" + Uri.EscapeDataString("验收合格率");
        var usesBefore = await UsesAsync(admin, url, kept);

        var form = await PageForm.LoadAsync(admin, url);
        var refused = await form.Set("Chosen", kept.ToString(System.Globalization.CultureInfo.InvariantCulture)).PostToAsync("/admin/library/entries?handler=Merge");
        (await refused.Content.ReadAsStringAsync()).ShouldContain("请在勾选的条目中选定保留哪一个");

        form = await PageForm.LoadAsync(admin, url);
        form.Fields.Add(new("Chosen", kept.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        form.Fields.Add(new("Chosen", merged.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        form.Set("Keep", kept.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var done = await form.PostToAsync("/admin/library/entries?handler=Merge");

        (await done.Content.ReadAsStringAsync()).ShouldContain($"已合并 1 个条目到编号 {kept}");
        var after = await app.QueryAsync(db => db.LibraryEntries.SingleAsync(e => e.Id == merged));
        (after.Retired, after.MergedIntoId).ShouldBe((true, (int?)kept));
        (await UsesAsync(admin, url, kept)).ShouldBe(usesBefore + 1);
        (await SuggestedAsync(app, "工程验收合格率")).ShouldNotContain("工程验收合格率");
        (await app.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.LibraryEntriesMerged && e.Detail!.Contains($"并入“设备验收合格率”（编号 {kept}）")))).ShouldBe(1);
    }

    private static async Task<int> UsesAsync(HttpClient admin, string url, int id) =>
        int.Parse(Html.Parse(await admin.GetStringAsync(url)).QuerySelector($"#library tr[data-id='{id}'] td.text-end")!.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_exported_library_imports_back_and_an_edited_workbook_updates_and_adds_all_or_nothing(DatabaseProvider provider)
    {
        await using var app = await databases.DemoAppAsync(provider);
        var admin = await app.AdminAsync();
        var before = await app.QueryAsync(db => db.LibraryEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync());

        var export = await admin.GetAsync("/admin/library/entries?handler=Export");
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var file = await export.Content.ReadAsByteArrayAsync();
        var sheet = WorkbookReader.Read(file).Sheet(LibraryWorkbook.SheetName)!;
        sheet.LastRow.ShouldBe(before.Count + 1);
        sheet[1, 6].Text.ShouldBe(LibraryWorkbook.NameHeading);

        var same = await ExcelImportPage.PostAsync(admin, file, "指标库.xlsx", Import);
        (await same.Content.ReadAsStringAsync()).ShouldContain($"新增 0 条，更新 {before.Count} 条");
        (await app.QueryAsync(db => db.LibraryEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync())).ShouldBeEquivalentTo(before);

        var codes = await app.QueryAsync(db => db.IndicatorFrameworks.ToDictionaryAsync(f => f.Id, f => f.Code));
        var changed = before.Take(2).ToList();
        changed[0].Name = "培训班期数";
        var added = new LibraryEntry { FrameworkId = changed[0].FrameworkId, Level1 = "产出指标", Level2 = "数量指标", Name = "巡查次数", Unit = "次", Source = "本局巡查制度" };
        var bad = new LibraryEntry { FrameworkId = changed[0].FrameworkId, Level1 = "产出指标", Level2 = "没有的二级", Name = "坏行", Source = "x" };

        var refused = await ExcelImportPage.PostAsync(admin, Workbook([.. changed, added, bad], codes), "指标库.xlsx", Import);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var problems = Html.Parse(await refused.Content.ReadAsStringAsync()).QuerySelectorAll("#sheet-problems li").Select(li => li.TextContent).ToList();
        problems.ShouldHaveSingleItem().ShouldStartWith("指标库!E5：第 5 行“二级指标”：一级指标“产出指标”下没有二级指标“没有的二级”");
        (await app.QueryAsync(db => db.LibraryEntries.CountAsync())).ShouldBe(before.Count);
        (await app.QueryAsync(db => db.LibraryEntries.CountAsync(e => e.Name == "培训班期数"))).ShouldBe(0);

        var imported = await ExcelImportPage.PostAsync(admin, Workbook([.. changed, added], codes), "指标库.xlsx", Import);
        (await imported.Content.ReadAsStringAsync()).ShouldContain("新增 1 条，更新 2 条");
        var now = await app.QueryAsync(db => db.LibraryEntries.AsNoTracking().ToListAsync());
        now.Count.ShouldBe(before.Count + 1);
        now.Single(e => e.Id == changed[0].Id).Name.ShouldBe("培训班期数");
        now.Single(e => e.Name == "巡查次数").Key.ShouldBeNull();
        (await AuditCountAsync(app, AuditAction.LibraryImported)).ShouldBe(2);
    }

    private static byte[] Workbook(IEnumerable<LibraryEntry> entries, Dictionary<int, string> codes)
    {
        using var stream = new MemoryStream();
        LibraryWorkbook.Export(stream, entries, id => codes[id], new WorkbookInfo(), new HeaderFooterText());
        return stream.ToArray();
    }

    [Fact]
    public async Task A_corrupt_empty_or_foreign_upload_is_answered_in_Chinese_without_an_error()
    {
        await using var app = await databases.DemoAppAsync();
        var admin = await app.AdminAsync();

        foreach (var (file, said) in new (byte[], string)[]
        {
            ("这不是表格"u8.ToArray(), "不是 Excel 工作簿"),
            ([0x50, 0x4B, 0x03, 0x04, 0x00, 0x01], "不是 Excel 工作簿"),
            ([], "请选择要导入的 Excel 文件"),
        })
        {
            var response = await ExcelImportPage.PostAsync(admin, file, "指标库.xlsx", Import);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            Html.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("[data-valmsg-for='Upload']")!.TextContent.ShouldContain(said);
        }

        var huge = new byte[Sheets.Reading.WorkbookLimits.MaxFileBytes + 1];
        var tooLarge = await ExcelImportPage.PostAsync(admin, huge, "指标库.xlsx", Import);
        tooLarge.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await tooLarge.Content.ReadAsStringAsync()).ShouldContain("超过上限");
        (await AuditCountAsync(app, AuditAction.LibraryImported)).ShouldBe(0);
    }

    [Fact]
    public async Task Filers_reviewers_and_the_signed_out_are_refused_every_page_and_change()
    {
        await using var app = await databases.DemoAppAsync();
        var id = await app.QueryAsync(db => db.LibraryEntries.Select(e => e.Id).FirstAsync());
        string[] pages = ["/admin/library/entries", "/admin/library/entries?handler=Export", "/admin/library/entry", $"/admin/library/entry/{id}", Import];
        string[] posts = [$"/admin/library/entries?handler=Retire&id={id}", $"/admin/library/entries?handler=Restore&id={id}", "/admin/library/entries?handler=Merge", "/admin/library/entry", Import];

        foreach (var user in new[] { "filer-suzhou", "reviewer-business" })
        {
            var client = await app.SignInAsync(user);
            foreach (var url in pages)
            {
                (await client.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, url);
            }

            foreach (var url in posts)
            {
                using var content = new FormUrlEncodedContent([new("Chosen", id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Keep", "1"), new("Input.Name", "越权")]);
                (await client.PostAsync(url, content)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, url);
            }
        }

        var anonymous = app.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        foreach (var url in pages)
        {
            var response = await anonymous.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
            response.Headers.Location!.ToString().ShouldContain("/account/login");
        }

        (await app.QueryAsync(db => db.LibraryEntries.CountAsync(e => e.Retired || e.Name == "越权"))).ShouldBe(0);
        AuditAction[] libraryActions = [AuditAction.LibraryEntrySaved, AuditAction.LibraryEntryRetired, AuditAction.LibraryEntryRestored, AuditAction.LibraryEntriesMerged, AuditAction.LibraryImported];
        (await app.QueryAsync(db => db.AuditEntries.CountAsync(e => libraryActions.Contains(e.Action)))).ShouldBe(0);
    }
}
