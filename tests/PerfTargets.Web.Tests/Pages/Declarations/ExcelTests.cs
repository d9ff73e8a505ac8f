using System.Net;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Review;
using PerfTargets.Data.Setup;
using PerfTargets.Sheets.Reading;
using PerfTargets.Testing;
using static PerfTargets.Web.Tests.DemoDepartments;

namespace PerfTargets.Web.Tests.Pages.Declarations;

/// <summary>
/// 导出 Excel, 空白模板 and 导入 Excel through the pages: a declaration goes out and comes back whole,
/// a file filled in LibreOffice imports as the seed it was typed from, a file with mistakes is
/// refused with each at its cell and nothing saved, and other departments' filers are refused.
/// </summary>
public class ExcelTests(SharedDemoApp shared) : IClassFixture<SharedDemoApp>
{
    private const string Shanhaiguan = "224002";

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Seed_002s_first_declaration_exported_to_excel_imports_back_with_the_same_content(DatabaseProvider provider)
    {
        var app = await shared.OnAsync(provider);
        var id = await FirstIdAsync(app, "网络安全和信息化工作经费");
        var filer = await app.FilerOfDepartmentAsync(Suzhou);
        (await filer.GetStringAsync($"/declarations/{id}")).ShouldContain($"/declarations/{id}/excel");

        var export = await filer.GetAsync($"/declarations/{id}/excel?layout=national");

        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        export.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("2022年度-网络安全和信息化工作经费-绩效目标申报表.xlsx");
        var file = await export.Content.ReadAsByteArrayAsync();
        WorkbookReader.Read(file).Sheets.Select(s => s.Name).ShouldBe(["申报表", "指标明细"]);

        var imported = await ExcelImportPage.PostAsync(filer, file, "网络安全.xlsx");

        (await imported.Content.ReadAsStringAsync()).ShouldContain("已从“网络安全.xlsx”导入为新的草稿");
        var arrived = await app.DeclarationAsync(ExcelImportPage.LandedOn(imported));
        var original = await app.DeclarationAsync(id);
        DeclarationFacts.Of(arrived).ShouldBe(DeclarationFacts.Of(original));
        arrived.FrameworkId.ShouldBe(original.FrameworkId);
        arrived.DepartmentId.ShouldBe(original.DepartmentId);
    }

    [Fact]
    public async Task Another_departments_filer_is_refused_the_workbook_as_the_pdf()
    {
        var id = await FirstIdAsync(shared.App, "网络安全和信息化工作经费"); // the round trip adds a second
        var other = await shared.App.FilerOfDepartmentAsync(Shanhaiguan);

        (await other.GetAsync($"/declarations/{id}/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync($"/declarations/{id}/excel")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync($"/declarations/import-excel?replace={id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await shared.App.AdminAsync()).GetAsync($"/declarations/{id}/excel")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await shared.App.AdminAsync()).GetAsync("/declarations/import-excel")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_replace_that_names_no_draft_is_not_found_and_makes_no_new_one()
    {
        var filer = await shared.App.FilerOfDepartmentAsync(Shanhaiguan);
        var before = await shared.App.QueryAsync(db => db.Declarations.CountAsync());

        (await filer.GetAsync("/declarations/import-excel?replace=abc")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await filer.GetAsync("/declarations/import-excel?replace=99999999999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var posted = await ExcelImportPage.PostAsync(filer, ExcelImportPage.Fixture("seed004-filled-by-libreoffice.xlsx"), change: form => form.Set("Replace", "abc"));

        posted.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await shared.App.QueryAsync(db => db.Declarations.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task The_template_filled_in_libreoffice_with_seed_004s_first_project_imports_as_that_declaration()
    {
        var filer = await shared.App.FilerOfDepartmentAsync(Shanhaiguan);
        (await filer.GetStringAsync("/declarations/new")).ShouldContain("/declarations/template?layout=budget");
        var template = await filer.GetAsync("/declarations/template?layout=budget");
        template.StatusCode.ShouldBe(HttpStatusCode.OK);
        WorkbookReader.Read(await template.Content.ReadAsByteArrayAsync()).CustomProperties["表样"].ShouldBe("budget");

        var imported = await ExcelImportPage.PostAsync(filer, ExcelImportPage.Fixture("seed004-filled-by-libreoffice.xlsx"));

        var arrived = await shared.App.DeclarationAsync(ExcelImportPage.LandedOn(imported));
        var seed = await shared.App.DeclarationAsync(await FirstIdAsync(shared.App, "网络舆情综合管理"));
        DeclarationFacts.Of(arrived).ShouldBe(DeclarationFacts.Of(seed));
        arrived.FrameworkId.ShouldBe(seed.FrameworkId);
    }

    [Fact]
    public async Task A_file_with_five_mistakes_lists_all_five_by_cell_and_saves_nothing()
    {
        var filer = await shared.App.FilerOfDepartmentAsync(Shanhaiguan);

        var response = await ExcelImportPage.PostAsync(filer, ExcelImportPage.Fixture("five-mistakes-by-libreoffice.xlsx"), "有错.xlsx");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/declarations/import-excel");
        var page = await response.Content.ReadAsStringAsync();
        page.ShouldContain("“有错.xlsx”有 5 处问题，没有导入");
        var problems = Html.Parse(page).QuerySelectorAll("#sheet-problems li").Select(li => li.TextContent).ToList();
        problems.Count.ShouldBe(5);
        problems.ShouldAllBe(p => p.StartsWith("申报表!", StringComparison.Ordinal));
        problems.ShouldContain(p => p.Contains("“≥95”缺少计量单位", StringComparison.Ordinal));
        (await shared.App.QueryAsync(db => db.Declarations.AnyAsync(d => d.ProjectName == "" || d.BudgetYear == 2024 && d.AnnualGoals.Contains("完成网站运维。")))).ShouldBeFalse();
    }

    [Fact]
    public async Task Files_that_are_no_workbook_are_refused_at_the_field_never_with_a_500()
    {
        var filer = await shared.App.FilerOfDepartmentAsync(Shanhaiguan);
        var cases = new (byte[] File, string Says)[]
        {
            ("%PDF-1.7 not a workbook"u8.ToArray(), "不是 Excel 工作簿"),
            (UnreadableFiles.Corrupt, "已损坏"),
            (UnreadableFiles.ZipBomb, "压缩炸弹"),
            (new byte[6 * 1024 * 1024], $"超过上限 {WorkbookLimits.FileSizeText}"),
        };

        foreach (var (file, says) in cases)
        {
            var response = await ExcelImportPage.PostAsync(filer, file, "扫描件.xlsx");
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await response.Content.ReadAsStringAsync()).ShouldContain(says);
        }
    }

    [Fact]
    public async Task A_draft_is_replaced_from_a_workbook_only_under_the_stamp_it_was_opened_with()
    {
        var filer = await shared.App.FilerOfDepartmentAsync(Shanhaiguan);
        var id = await FirstIdAsync(shared.App, "网络阵地建设和内容管理");
        var file = ExcelImportPage.Fixture("seed004-filled-by-libreoffice.xlsx");
        var url = $"/declarations/import-excel?replace={id}";

        var stale = await ExcelImportPage.PostAsync(filer, file, url: url, change: form =>
        {
            form.Fields.RemoveAll(f => f.Key == "Stamp");
            form.Fields.Add(new("Stamp", Guid.NewGuid().ToString()));
        });
        (await stale.Content.ReadAsStringAsync()).ShouldContain("在您打开本页后已被修改");
        (await shared.App.DeclarationAsync(id)).ProjectName.ShouldBe("网络阵地建设和内容管理");

        var replaced = await ExcelImportPage.PostAsync(filer, file, url: url);

        ExcelImportPage.LandedOn(replaced).ShouldBe(id);
        (await shared.App.DeclarationAsync(id)).ProjectName.ShouldBe("网络舆情综合管理");
    }

    /// <summary>The demo's own declaration of that name: the first, as imports in this class add others of the same name.</summary>
    private static Task<int> FirstIdAsync(PerfTargetsApp app, string projectName) =>
        app.QueryAsync(db => db.Declarations.Where(d => d.ProjectName == projectName).OrderBy(d => d.Id).Select(d => d.Id).FirstAsync());
}
