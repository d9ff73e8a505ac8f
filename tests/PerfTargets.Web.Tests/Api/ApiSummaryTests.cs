using System.Net;
using System.Text.Json.Nodes;
using PerfTargets.Data.Accounts;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;

namespace PerfTargets.Web.Tests.Api;

/// <summary>
/// GET /api/v1/summary: the 汇总表 as JSON, with the pages' access rules and exact amounts in the
/// unit asked for. Its cases only read (and issue tokens no other case uses): they share one application.
/// </summary>
public class ApiSummaryTests(SharedDemoApp shared) : IClassFixture<SharedDemoApp>
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_summary_of_2022_adds_up_the_demo_forms(DatabaseProvider provider)
    {
        var app = await shared.OnAsync(provider);
        var admin = await app.TokenClientAsync(DemoAccounts.Admin);

        var summary = await (await admin.GetAsync("/api/v1/summary?year=2022")).ReadObjectAsync();

        ((string)summary["unit"]!).ShouldBe("Yuan");
        var rows = summary["rows"]!.AsArray();
        rows.Select(r => (string)r!["kind"]!).ShouldBe(["total", "year", "department", "department"]);
        var total = rows[0]!;
        ((int)total["count"]!).ShouldBe(7);
        ((int)total["draft"]!).ShouldBe(7);
        ((decimal)total["annual"]!["total"]!).ShouldBe(6_580_000m);
        ((decimal)total["annual"]!["fiscalLocal"]!).ShouldBe(1_010_000m);
        ((decimal)total["midTermTotal"]!).ShouldBe(14_310_000m);
        ((int)total["indicators"]!).ShouldBe(124);
        ((int)total["quantitativeIndicators"]!).ShouldBe(72);
        ((int)total["errors"]!).ShouldBe(7);
        ((int)total["warnings"]!).ShouldBe(68);
        rows[2]!["departmentCode"]!.GetValue<string>().ShouldBe("341300001");
        summary["sections"]!.AsArray().Select(s => (string)s!["heading"]!).ShouldBe(["待业务股室审核", "待绩效管理股审核"]);
        total["awaiting"]!.AsArray().Select(a => (int)a!["count"]!).ShouldBe([0, 0]);
    }

    [Fact]
    public async Task In_ten_thousand_yuan_an_amount_is_the_exact_quotient()
    {
        var admin = await shared.App.TokenClientAsync(DemoAccounts.Admin);

        var summary = await (await admin.GetAsync("/api/v1/summary?unit=tenthousandyuan")).ReadObjectAsync();

        ((string)summary["unit"]!).ShouldBe("TenThousandYuan");
        // 7,335,200 元 over all years; 2017's 156,200 元 is 15.62 万元.
        ((decimal)summary["rows"]![0]!["annual"]!["total"]!).ShouldBe(733.52m);
        summary["rows"]!.AsArray().Single(r => (int?)r!["budgetYear"] == 2017 && (string)r["kind"]! == "year")!["annual"]!["total"]!.GetValue<decimal>().ShouldBe(15.62m);
    }

    [Fact]
    public async Task Without_a_token_the_call_is_refused_and_a_filer_sums_only_its_department()
    {
        var app = shared.App;
        var anonymous = app.CreateClient(new() { BaseAddress = new Uri("https://localhost"), HandleCookies = false });
        var filer = await app.TokenClientAsync(DemoAccounts.Filers[DemoDepartments.Shanhaiguan].UserName);

        (await anonymous.GetAsync("/api/v1/summary")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var own = await (await filer.GetAsync("/api/v1/summary")).ReadObjectAsync();
        var other = await (await filer.GetAsync("/api/v1/summary?department=341300001")).ReadObjectAsync();
        var unknown = await (await filer.GetAsync("/api/v1/summary?department=000000")).ReadObjectAsync();

        own["rows"]!.AsArray().Where(r => (string)r!["kind"]! == "department").Select(r => (string)r!["departmentCode"]!).ShouldBe([DemoDepartments.Shanhaiguan]);
        ((int)own["rows"]![0]!["count"]!).ShouldBe(2);
        ((decimal)own["rows"]![0]!["annual"]!["total"]!).ShouldBe(150_000m);
        foreach (var nothing in new[] { other, unknown })
        {
            nothing["rows"]!.AsArray().ShouldHaveSingleItem();
            ((int)nothing["rows"]![0]!["count"]!).ShouldBe(0);
        }
    }

    [Theory]
    [InlineData("year=1900", "year")]
    [InlineData("year=abc", "year")]
    [InlineData("unit=wan", "unit")]
    [InlineData("unit=1", "unit")]
    public async Task A_parameter_it_cannot_read_is_named_in_a_400(string query, string member)
    {
        var admin = await shared.App.TokenClientAsync(DemoAccounts.Admin);

        var response = await admin.GetAsync($"/api/v1/summary?{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        ((string)(await response.ReadObjectAsync())["member"]!).ShouldBe(member);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_summary()
    {
        var document = JsonNode.Parse(await shared.App.CreateClient().GetStringAsync("/openapi/v1.json"))!;

        var operation = document["paths"]!["/api/v1/summary"]!["get"]!;
        ((string)operation["summary"]!).ShouldBe("汇总表");
        operation["parameters"]!.AsArray().Select(p => (string)p!["name"]!).ShouldBe(["year", "department", "unit"], ignoreOrder: true);
        ((string)document["components"]!["schemas"]!["SummaryLine"]!["properties"]!["quantitativeIndicators"]!["description"]!).ShouldBe("其中定量指标数");
    }
}
