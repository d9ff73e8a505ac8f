using System.Net;
using AngleSharp.Html.Parser;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;
using static PerfTargets.Web.Tests.DemoDepartments;

namespace PerfTargets.Web.Tests.Pages.Declarations;

/// <summary>
/// 导出 Excel on the declaration list: every declaration the filters pass (all pages), in the list's
/// order, amounts in the chosen unit as numbers with their 合计; a filer's export holds only its own
/// department, and nobody signed out gets one.
/// </summary>
public class ListExcelTests(SharedDemoApp shared) : IClassFixture<SharedDemoApp>
{
    private const string Amount10k = "年度资金（万元）";

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_2022_list_exports_its_seven_declarations_in_ten_thousand_yuan_with_the_hand_summed_total(DatabaseProvider provider)
    {
        var admin = await (await shared.OnAsync(provider)).AdminAsync();
        var listPage = await admin.GetStringAsync("/declarations?year=2022&unit=TenThousandYuan");
        listPage.ShouldContain("/declarations?unit=TenThousandYuan&amp;year=2022&amp;handler=xlsx");

        var table = await ExportedTable.ReadAsync(await admin.GetAsync("/declarations?year=2022&unit=TenThousandYuan&handler=xlsx"), "申报表列表");

        table.Title.ShouldBe("项目支出绩效目标申报表列表");
        table.Scope.ShouldBe("预算年度：2022年");
        table.Unit.ShouldBe("金额单位：万元");
        table.Headings.ShouldBe(["序号", "预算年度", "项目名称", "单位编码", "填报单位", "项目属性", "状态", Amount10k, "三级指标", "错误", "提示", "更新日期", "运行监控与自评"]);
        table.Column("项目名称").Select(c => c.Text).ShouldBe(ListedNames(listPage));
        table.Column("序号").Select(c => c.Number).ShouldBe([1m, 2m, 3m, 4m, 5m, 6m, 7m]);
        // 宿州 1,200,000 + 2,600,000 + 200,000 + 300,000 + 470,000 + 800,000 and 呈贡 1,010,000 = 6,580,000 元 = 658 万元.
        table.Column(Amount10k).Sum(c => c.Number!.Value).ShouldBe(658m);
        table.TotalLabel.ShouldBe("合计（7 份）");
        table.Total(Amount10k).Number.ShouldBe(658m);
        // 三级 13 + 24 + 15 + 19 + 9 + 20 + 24 = 124; errors 2 (网络媒体协会) + 5 (宿州发布) = 7, as the 汇总表 counts them.
        table.Column("三级指标").Sum(c => c.Number!.Value).ShouldBe(124m);
        table.Column("错误").Sum(c => c.Number!.Value).ShouldBe(7m);
        table.Column("预算年度").ShouldAllBe(c => c.Number == 2022m);
    }

    [Fact]
    public async Task Every_filter_of_the_list_narrows_the_export_alike_and_is_named_in_its_head()
    {
        var admin = await shared.App.AdminAsync();

        foreach (var filter in new[] { "problems=errors", "state=draft", "year=2023", "problems=warnings&year=2019" })
        {
            var table = await ExportedTable.ReadAsync(await admin.GetAsync($"/declarations?{filter}&handler=xlsx"), "申报表列表");

            table.Column("项目名称").Select(c => c.Text).ShouldBe(ListedNames(await admin.GetStringAsync($"/declarations?{filter}")), filter);
        }

        var errors = await ExportedTable.ReadAsync(await admin.GetAsync("/declarations?problems=errors&handler=xlsx"), "申报表列表");
        errors.Scope.ShouldBe("审核检查：有错误");
        errors.Column("错误").ShouldAllBe(c => c.Number > 0);
        errors.Unit.ShouldBe("金额单位：元");
    }

    [Fact]
    public async Task A_filer_exports_only_its_own_department_and_an_empty_list_exports_an_empty_table()
    {
        var app = shared.App;
        var filer = await app.FilerOfDepartmentAsync(Shanhaiguan);
        var suzhou = await app.QueryAsync(db => Task.FromResult(db.Departments.Single(d => d.Code == Suzhou).Id));

        var own = await ExportedTable.ReadAsync(await filer.GetAsync("/declarations?handler=xlsx"), "申报表列表");
        var other = await ExportedTable.ReadAsync(await filer.GetAsync($"/declarations?department={suzhou}&handler=xlsx"), "申报表列表");

        own.Column("填报单位").ShouldAllBe(c => c.Text == "中共山海关区委网络安全和信息化委员会办公室");
        own.Count.ShouldBe(2);
        // 100,000 + 50,000 元.
        own.Total("年度资金（元）").Number.ShouldBe(150_000m);
        other.Count.ShouldBe(0);
        other.TotalLabel.ShouldBe("合计（0 份）");
        (await app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/declarations?handler=xlsx")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    private static List<string> ListedNames(string listPage) =>
        [.. new HtmlParser().ParseDocument(listPage).QuerySelectorAll("tbody tr td:nth-child(2) a").Select(a => a.TextContent.Trim())];
}
