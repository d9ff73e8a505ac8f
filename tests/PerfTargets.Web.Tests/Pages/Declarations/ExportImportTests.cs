using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Review;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;

namespace PerfTargets.Web.Tests.Pages.Declarations;

/// <summary>导出 JSON on one deployment, 导入 JSON on another: the declaration arrives whole, as a draft of the same department.</summary>
public class ExportImportTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    [Fact]
    public async Task A_declaration_exported_from_one_deployment_imports_into_another_as_a_draft()
    {
        await using var first = await databases.DemoAppAsync(DatabaseProvider.PostgreSql);
        await using var second = await databases.DemoAppAsync(DatabaseProvider.Sqlite);
        var id = await first.DeclarationIdAsync("网络安全和信息化工作经费");
        var viewer = await first.AdminAsync();
        (await viewer.GetStringAsync($"/declarations/{id}")).ShouldContain($"/declarations/{id}/export");

        var export = await (await first.FilerOfAsync(id)).GetAsync($"/declarations/{id}/export");

        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        export.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("2022年度-网络安全和信息化工作经费.json");
        var file = await export.Content.ReadAsByteArrayAsync();
        Encoding.UTF8.GetString(file).ShouldContain("\"departmentCode\": \"341300001\"");
        Encoding.UTF8.GetString(file).ShouldContain("\"projectName\": \"网络安全和信息化工作经费\""); // readable, not \u escapes

        var imported = await ImportPage.PostAsync(await second.FilerOfDepartmentAsync("341300001"), file);

        imported.RequestMessage!.RequestUri!.AbsolutePath.ShouldEndWith("/edit");
        (await imported.Content.ReadAsStringAsync()).ShouldContain("已从“申报表.json”导入为新的草稿");
        var copies = await second.QueryAsync(db => db.Declarations.Where(d => d.ProjectName == "网络安全和信息化工作经费").Select(d => d.Id).ToListAsync());
        copies.Count.ShouldBe(2); // the demo's own, and the imported one
        var original = await first.DeclarationAsync(id);
        var arrived = await second.DeclarationAsync(copies.Max());
        DeclarationFacts.Of(arrived).ShouldBe(DeclarationFacts.Of(original));
        arrived.Status.ShouldBe(Core.Declarations.DeclarationStatus.Draft);

        // The same file saved by a Windows editor, with a UTF-8 byte order mark before it.
        var withMark = await ImportPage.PostAsync(await second.FilerOfDepartmentAsync("341300001"), [0xEF, 0xBB, 0xBF, .. file]);
        withMark.RequestMessage!.RequestUri!.AbsolutePath.ShouldEndWith("/edit");
    }

    [Fact]
    public async Task A_file_of_another_department_or_one_that_cannot_be_read_is_refused_at_the_field()
    {
        await using var app = await databases.DemoAppAsync(DatabaseProvider.Sqlite);
        var id = await app.DeclarationIdAsync("网络安全和信息化工作经费");
        var file = await (await app.FilerOfAsync(id)).GetByteArrayAsync($"/declarations/{id}/export");
        var other = await app.FilerOfDepartmentAsync("224002");
        var before = await app.QueryAsync(db => db.Declarations.CountAsync());

        var foreign = await (await ImportPage.PostAsync(other, file)).Content.ReadAsStringAsync();
        foreign.ShouldContain("只能为本单位填报申报表");

        var broken = await (await ImportPage.PostAsync(other, Encoding.UTF8.GetBytes("""{"budgetYear": 2027, "projectName": 5}"""), "坏文件.json")).Content.ReadAsStringAsync();
        broken.ShouldContain("“坏文件.json”不是可导入的申报表");
        broken.ShouldContain("$.projectName");

        var missing = await (await ImportPage.PostAsync(other, Encoding.UTF8.GetBytes("""{"budgetYear": 2027, "projectName": "无体系", "frameworkCode": "1999"}"""))).Content.ReadAsStringAsync();
        missing.ShouldContain("$.frameworkCode");
        missing.ShouldContain("没有代码为“1999”的指标体系");

        var large = await (await ImportPage.PostAsync(other, new byte[3 * 1024 * 1024], "扫描件.json")).Content.ReadAsStringAsync();
        large.ShouldContain("超过上限 2,097,152 字节");

        (await app.QueryAsync(db => db.Declarations.CountAsync())).ShouldBe(before);
        (await (await app.AdminAsync()).GetAsync("/declarations/import")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
