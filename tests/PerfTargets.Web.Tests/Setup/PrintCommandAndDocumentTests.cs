using System.Net;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;
using UglyToad.PdfPig;
using static PerfTargets.Web.Tests.DemoDepartments;

namespace PerfTargets.Web.Tests.Setup;

/// <summary>The department's whole document, the admin's default layout, and the print verb.</summary>
public class PrintCommandAndDocumentTests(TestDatabases databases) : IClassFixture<TestDatabases>
{

    [Fact]
    public async Task A_filer_prints_the_departments_document_with_contents_part_one_and_every_project()
    {
        await using var app = await databases.DemoAppAsync();
        var department = await app.QueryAsync(db => Task.FromResult(db.Departments.Single(d => d.Code == Shanhaiguan).Id));
        var filer = await app.FilerOfDepartmentAsync(Shanhaiguan);

        var response = await filer.GetAsync($"/departments/{department}/goals/2023/pdf?layout=budget");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var text = PdfText.Of(await response.Content.ReadAsByteArrayAsync());
        text.ShouldContain("目　　录");
        text.ShouldContain("第一部分　部门整体绩效目标2");
        text.ShouldContain("1、网络舆情综合管理绩效目标表3");
        text.ShouldContain("2、网络阵地建设和内容管理绩效目标表");
        text.ShouldContain("一、总体绩效目标");

        (await (await app.FilerOfDepartmentAsync("341300001")).GetAsync($"/departments/{department}/goals/2023/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await filer.GetAsync($"/departments/{department}/goals/99999/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await filer.GetAsync($"/departments/{department}/goals/2023/pdf?layout=x")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_admins_default_layout_is_what_prints_when_none_is_asked_for_and_only_the_admin_sets_it()
    {
        await using var app = await databases.DemoAppAsync();
        var id = await app.DeclarationIdAsync("网络舆情综合管理");
        var filer = await app.FilerOfDepartmentAsync(Shanhaiguan);
        PdfText.Of(await filer.GetByteArrayAsync($"/declarations/{id}/pdf")).ShouldContain("项目支出绩效目标申报表");

        (await filer.GetAsync("/admin/printing")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var admin = await app.AdminAsync();
        var refused = await (await PageForm.LoadAsync(admin, "/admin/printing")).Set("Layout", "nonsense").PostAsync();
        (await refused.Content.ReadAsStringAsync()).ShouldContain("请选择一种打印格式。");
        var saved = await (await PageForm.LoadAsync(admin, "/admin/printing")).Set("Layout", "budget").PostAsync();
        var savedPage = await saved.Content.ReadAsStringAsync();
        savedPage.ShouldContain("默认打印格式已设为“项目编码与资金支出计划格式”。", Shouldly.Case.Sensitive, savedPage[..Math.Min(3000, savedPage.Length)]);

        var text = PdfText.Of(await filer.GetByteArrayAsync($"/declarations/{id}/pdf"));
        text.ShouldContain("网络舆情综合管理绩效目标表");
        text.ShouldContain("资金支出计划");
        (await filer.GetStringAsync($"/declarations/{id}")).ShouldContain("<option value=\"budget\" selected=\"selected\"");
    }

    [Fact]
    public async Task The_print_verb_lists_writes_one_form_and_a_department_document_and_says_what_is_wrong()
    {
        var database = (await databases.DemoAsync(DatabaseProvider.Sqlite)).Settings;
        var output = Path.Combine(Path.GetTempPath(), $"print-{Guid.NewGuid():N}.pdf");
        var environment = new Dictionary<string, string> { ["ConnectionStrings__PerfTargets"] = database.ConnectionString, ["Demo__Enabled"] = "true" };
        try
        {
            var list = await ApplicationProcess.RunUntilExitAsync(environment, "print", "--list");
            list.ExitCode.ShouldBe(0, list.Output);
            var row = list.Lines.First(l => l.Contains("网络舆情综合管理", StringComparison.Ordinal));
            var id = row.Split('\t')[0];

            var one = await ApplicationProcess.RunUntilExitAsync(environment, "print", "--id", id, "--layout", "review", "--out", output);
            one.ExitCode.ShouldBe(0, one.Output);
            PdfText.Of(await File.ReadAllBytesAsync(output)).ShouldContain("网络舆情综合管理");

            var whole = await ApplicationProcess.RunUntilExitAsync(environment, "print", "--department", Shanhaiguan, "--year", "2023", "--out", output);
            whole.ExitCode.ShouldBe(0, whole.Output);
            PdfText.Of(await File.ReadAllBytesAsync(output)).ShouldContain("第二部分　预算项目绩效目标3");

            var wrongLayout = await ApplicationProcess.RunUntilExitAsync(environment, "print", "--id", id, "--layout", "nope", "--out", output);
            wrongLayout.ExitCode.ShouldBe(2);
            wrongLayout.Output.ShouldContain("没有名为“nope”的打印格式");
            var wrongId = await ApplicationProcess.RunUntilExitAsync(environment, "print", "--id", "99999", "--out", output);
            wrongId.ExitCode.ShouldBe(1);
            wrongId.Output.ShouldContain("没有编号为 99999 的申报表");
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public async Task The_print_verb_reads_the_database_as_it_is_and_migrates_it_only_when_asked()
    {
        var folder = Directory.CreateTempSubdirectory("print-migrate-").FullName;
        var environment = new Dictionary<string, string> { ["ConnectionStrings__PerfTargets"] = $"Data Source={Path.Combine(folder, "new.db")}", ["Demo__Enabled"] = "true" };
        try
        {
            var unmigrated = await ApplicationProcess.RunUntilExitAsync(environment, "print", "--list");
            unmigrated.ExitCode.ShouldBe(1, unmigrated.Output);
            unmigrated.Output.ShouldContain("无法读取数据库");
            unmigrated.Output.ShouldContain("--migrate");

            var migrated = await ApplicationProcess.RunUntilExitAsync(environment, "print", "--migrate", "--list");
            migrated.ExitCode.ShouldBe(0, migrated.Output);
            migrated.Output.ShouldContain("网络舆情综合管理");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
