using System.Net;
using PerfTargets.Testing;
using static PerfTargets.Web.Tests.DemoDepartments;

namespace PerfTargets.Web.Tests.Pages.Review;

/// <summary>
/// 导出 Excel on the 待审 queue: what waits on the reviewer's own section, filtered as the page is,
/// amounts in the chosen unit with their 合计; another section's reviewer exports none of it, and a
/// filer (no section) is refused.
/// </summary>
public class QueueExcelTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    [Fact]
    public async Task The_business_section_exports_the_two_declarations_waiting_on_it_and_nobody_else_gets_them()
    {
        await using var app = await databases.DemoAppAsync();
        var filer = await app.FilerOfDepartmentAsync(Shanhaiguan);
        foreach (var project in new[] { "网络舆情综合管理", "网络阵地建设和内容管理" })
        {
            await ReviewSteps.SubmitAsync(filer, await app.DeclarationIdAsync(project));
        }

        var business = await app.SignInAsync("reviewer-business");
        (await business.GetStringAsync("/review?unit=TenThousandYuan")).ShouldContain("handler=xlsx");

        var table = await ExportedTable.ReadAsync(await business.GetAsync("/review?unit=TenThousandYuan&handler=xlsx"), "待审申报表");
        var searched = await ExportedTable.ReadAsync(await business.GetAsync("/review?q=阵地&handler=xlsx"), "待审申报表");
        var performance = await ExportedTable.ReadAsync(await (await app.SignInAsync("reviewer-performance")).GetAsync("/review?handler=xlsx"), "待审申报表");
        var refused = await filer.GetAsync("/review?handler=xlsx");

        table.Scope.ShouldBe("待业务股室审核");
        table.Unit.ShouldBe("金额单位：万元");
        table.Column("项目名称").Select(c => c.Text).ShouldBe(["网络舆情综合管理", "网络阵地建设和内容管理"]);
        table.Column("版本").ShouldAllBe(c => c.Number == 1m);
        table.Column("已等待（天）").ShouldAllBe(c => c.Number == 0m);
        // 100,000 + 50,000 元 = 15 万元.
        table.Total("年度资金（万元）").Number.ShouldBe(15m);
        table.TotalLabel.ShouldBe("合计（2 份）");
        searched.Column("项目名称").Select(c => c.Text).ShouldBe(["网络阵地建设和内容管理"]);
        searched.Scope.ShouldBe("待业务股室审核　项目名称含“阵地”");
        performance.Count.ShouldBe(0);
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
