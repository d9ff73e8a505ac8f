using System.Net;
using System.Text.Json.Nodes;
using PerfTargets.Data.Setup;
using PerfTargets.Sheets.Reading;
using PerfTargets.Testing;
using static PerfTargets.Web.Tests.DemoDepartments;

namespace PerfTargets.Web.Tests.Pages.Summary;

/// <summary>
/// The 汇总表 against sums worked out by hand from the demo data's transcription
/// (src/PerfTargets.Data/DemoData/seed-002-suzhou.json and seed-003-chenggong.json, the 2022 forms),
/// and against the problems the reviewer lists per seed in SeedValidationTests; who sees what; PDF.
/// </summary>
public class SummaryPageTests(SharedDemoApp shared) : IClassFixture<SharedDemoApp>
{
    private const string Suzhou = "中共宿州市委网络安全和信息化委员会办公室";
    private const string Chenggong = "昆明市呈贡区融媒体中心";

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_2022_summary_equals_the_hand_sums_of_the_demo_data(DatabaseProvider provider)
    {
        var app = await shared.OnAsync(provider);

        var page = await SummaryPage.LoadAsync(await app.AdminAsync(), "/summary?year=2022");

        page.Labels.ShouldBe(["合计", "2022年 小计", Suzhou, Chenggong]);
        // 宿州's six 年度资金: 1,200,000 + 2,600,000 + 200,000 + 300,000 + 470,000 + 800,000 = 5,570,000, all 财政拨款.
        // 中期: 3,600,000 + 7,800,000 + 600,000 + 900,000 + 1,410,000 (宿州发布 states none) = 14,310,000.
        // 三级: 13 + 24 + 15 + 19 + 9 + 20 = 100, of them 定量 7 + 12 + 9 + 8 + 3 + 12 = 51.
        // Errors: 网络媒体协会 2 (R09 twice), 宿州发布 5 (R07, R08 four times) = 7;
        // warnings 5 + 8 + 5 + 17 + 6 + 12 = 53.
        Row(page, Suzhou).ShouldBe(["6", "6", "0", "0", "0", "0", "5,570,000.00", "5,570,000.00", "0.00", "0.00", "0.00", "0.00", "14,310,000.00", "100", "51", "7", "53"]);
        // 呈贡: 1,010,000, all 本级财政安排; no 中期; 24 三级, 21 定量; 15 warnings, no error.
        Row(page, Chenggong).ShouldBe(["1", "1", "0", "0", "0", "0", "1,010,000.00", "1,010,000.00", "0.00", "1,010,000.00", "0.00", "0.00", "0.00", "24", "21", "0", "15"]);
        // Together: 6,580,000 (本级 1,010,000), 中期 14,310,000, 124 三级 (72 定量), 7 errors, 68 warnings.
        string[] year = ["7", "7", "0", "0", "0", "0", "6,580,000.00", "6,580,000.00", "0.00", "1,010,000.00", "0.00", "0.00", "14,310,000.00", "124", "72", "7", "68"];
        Row(page, "2022年 小计").ShouldBe(year);
        Row(page, "合计").ShouldBe(year);
    }

    [Fact]
    public async Task In_ten_thousand_yuan_the_amounts_are_the_same_sums_to_the_cent()
    {
        var page = await SummaryPage.LoadAsync(await shared.App.AdminAsync(), "/summary?unit=TenThousandYuan");

        // All years: 2017 156,200 + 2019 449,000 + 2022 6,580,000 + 2023 (100,000 + 50,000) = 7,335,200 元.
        page["合计", "annualTotal"].Text.ShouldBe("733.52");
        page["2019年 小计", "annualFiscalSuperior"].Text.ShouldBe("44.9");
        page["2022年 小计", "midTermTotal"].Text.ShouldBe("1,431");
        page["合计", "count"].Text.ShouldBe("11");
    }

    [Fact]
    public async Task A_filer_sums_only_its_own_department_and_another_department_asked_for_sums_nothing()
    {
        var app = shared.App;
        var filer = await app.FilerOfDepartmentAsync(Shanhaiguan);
        var suzhou = await app.QueryAsync(db => Task.FromResult(db.Departments.Single(d => d.Code == "341300001").Id));

        var own = await SummaryPage.LoadAsync(filer, "/summary");
        var other = await SummaryPage.LoadAsync(filer, $"/summary?department={suzhou}");

        own.Labels.ShouldBe(["合计", "2023年 小计", "中共山海关区委网络安全和信息化委员会办公室"]);
        own["合计", "annualTotal"].Text.ShouldBe("150,000.00");
        other.Labels.ShouldBe(["合计"]);
        other["合计", "count"].ShouldBe(new SummaryCell("0", null));
    }

    [Fact]
    public async Task A_reviewer_sees_no_draft_and_nobody_signed_out_sees_anything()
    {
        var app = shared.App;

        var reviewer = await SummaryPage.LoadAsync(await app.SignInAsync("reviewer-business"), "/summary");
        var signedOut = await app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/summary");

        reviewer.Labels.ShouldBe(["合计"]);
        reviewer["合计", "count"].Text.ShouldBe("0");
        signedOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signedOut.Headers.Location!.AbsolutePath.ShouldBe("/account/login");
        (await app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/summary/pdf")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_pdf_prints_the_same_totals_with_who_produced_it(DatabaseProvider provider)
    {
        var app = await shared.OnAsync(provider);

        var response = await (await app.AdminAsync()).GetAsync("/summary/pdf?year=2022");

        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var text = PdfText.Of(await response.Content.ReadAsByteArrayAsync());
        text.ShouldContain("项目支出绩效目标汇总表");
        text.ShouldContain("预算年度：2022年");
        text.ShouldContain("6,580,000.00");
        text.ShouldContain("14,310,000.00");
        text.ShouldContain("5,570,000.00");
        text.ShouldContain("生成人：系统管理员（admin）");
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_workbook_holds_the_same_sums_as_numbers_in_the_chosen_unit(DatabaseProvider provider)
    {
        var admin = await (await shared.OnAsync(provider)).AdminAsync();
        (await admin.GetStringAsync("/summary?year=2022&unit=TenThousandYuan")).ShouldContain("/summary?unit=TenThousandYuan&amp;year=2022&amp;handler=xlsx");

        var response = await admin.GetAsync("/summary?year=2022&unit=TenThousandYuan&handler=xlsx");

        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("项目支出绩效目标汇总表-2022年度.xlsx");
        var workbook = WorkbookReader.Read(await response.Content.ReadAsByteArrayAsync());
        var sheet = workbook.Sheet("汇总表").ShouldNotBeNull();
        sheet[1, 1].Text.ShouldBe("项目支出绩效目标汇总表");
        sheet[2, 1].Text.ShouldStartWith("预算年度：2022年");
        sheet[3, 1].Text.ShouldBe("年度 / 单位");
        sheet[3, 2].Text.ShouldBe("申报份数");
        sheet[4, 2].Text.ShouldBe("合计");
        Enumerable.Range(5, 4).Select(row => sheet[row, 1].Text.Trim('　')).ShouldBe(["合计", "2022年 小计", Suzhou, Chenggong]);
        // The hand sums above, in 万元: 宿州 557 年度, 1,431 中期; both 658 年度; 124 三级; 7 errors.
        var headings = Enumerable.Range(2, sheet.LastColumn - 1).ToDictionary(c => Columns[c - 2], c => c);
        sheet[7, headings["annualTotal"]].Number.ShouldBe(557m);
        sheet[7, headings["midTermTotal"]].Number.ShouldBe(1431m);
        sheet[5, headings["annualTotal"]].Number.ShouldBe(658m);
        sheet[5, headings["annualFiscalLocal"]].Number.ShouldBe(101m);
        sheet[5, headings["indicators"]].Number.ShouldBe(124m);
        sheet[5, headings["errors"]].Number.ShouldBe(7m);
        sheet[8, headings["count"]].Number.ShouldBe(1m);
        workbook.Sheets.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_filers_workbook_holds_only_its_department()
    {
        var filer = await shared.App.FilerOfDepartmentAsync(Shanhaiguan);

        var sheet = WorkbookReader.Read(await (await filer.GetAsync("/summary?handler=xlsx")).Content.ReadAsByteArrayAsync()).Sheet("汇总表").ShouldNotBeNull();

        Enumerable.Range(5, sheet.LastRow - 4).Select(row => sheet[row, 1].Text.Trim('　')).ShouldBe(["合计", "2023年 小计", "中共山海关区委网络安全和信息化委员会办公室"]);
        sheet[2, 1].Text.ShouldContain("范围：本单位的申报表");
    }

    private static readonly string[] Columns =
    [
        "count", "draft", "returned", "awaiting-1", "awaiting-2", "approved", "annualTotal", "annualFiscal", "annualFiscalSuperior",
        "annualFiscalLocal", "annualFiscalSubordinate", "annualOther", "midTermTotal", "indicators", "quantitative", "errors", "warnings",
    ];

    private static string[] Row(SummaryPage page, string label) => [.. Columns.Select(key => page[label, key].Text)];
}
