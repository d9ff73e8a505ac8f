using System.Net;
using System.Text.Json.Nodes;
using PerfTargets.Data.Accounts;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;

namespace PerfTargets.Web.Tests.Api;

/// <summary>GET /api/v1/indicators: the library searched by words, narrowed by framework and levels. Its cases only read: they share one application.</summary>
public class ApiIndicatorLibraryTests(SharedDemoApp shared) : IClassFixture<SharedDemoApp>
{
    private static async Task<JsonArray> ReadArrayAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_filer_finds_entries_by_Chinese_words_with_how_to_write_them(DatabaseProvider provider)
    {
        var app = await shared.OnAsync(provider);
        var filer = await app.TokenClientAsync(DemoAccounts.Filers[DemoDepartments.Shanhaiguan].UserName);

        var found = await ReadArrayAsync(await filer.GetAsync("/api/v1/indicators?query=" + Uri.EscapeDataString("验收 合格率") + "&framework=2021"));

        found.Select(e => (string)e!["name"]!).ShouldBe(["工程验收合格率", "设备验收合格率"]);
        var entry = found.Single(e => (string)e!["name"]! == "设备验收合格率")!;
        ((string)entry["framework"]!).ShouldBe("2021");
        ((string)entry["level1"]!).ShouldBe("产出指标");
        ((string)entry["level2"]!).ShouldBe("质量指标");
        ((string)entry["nature"]!).ShouldBe("Quantitative");
        ((string)entry["unit"]!).ShouldBe("%");
        ((string)entry["comparator"]!).ShouldBe("=");
        ((string)entry["direction"]!).ShouldBe("Positive");
        ((string)entry["formula"]!).ShouldBe("验收合格数÷验收总数×100%");
        ((string)entry["basis"]!).ShouldBe("Industry");
        entry["sectors"]!.AsArray().Select(s => (string)s!).ShouldBe(["购置"]);
        ((string)entry["source"]!).ShouldContain("财预〔2021〕101号");
    }

    [Fact]
    public async Task Levels_narrow_the_list_and_limit_caps_it()
    {
        var admin = await shared.App.TokenClientAsync(DemoAccounts.Admin);

        var cost = await ReadArrayAsync(await admin.GetAsync("/api/v1/indicators?framework=2015&level1=" + Uri.EscapeDataString("产出指标") + "&level2=" + Uri.EscapeDataString("成本指标") + "&limit=100"));
        var three = await ReadArrayAsync(await admin.GetAsync("/api/v1/indicators?query=" + Uri.EscapeDataString("满意度") + "&limit=3"));

        cost.Count.ShouldBeGreaterThan(20);
        cost.ShouldAllBe(e => (string)e!["level2"]! == "成本指标" && (string)e["framework"]! == "2015");
        three.Count.ShouldBe(3);
    }

    public static TheoryData<string, string> Unusable => new()
    {
        { "limit=0", "limit" },
        { "limit=101", "limit" },
        { "framework=1999", "framework" },
        { "query=" + Uri.EscapeDataString(new string('指', 65)), "query" },
    };

    [Theory]
    [MemberData(nameof(Unusable))]
    public async Task A_parameter_it_cannot_use_is_named_in_a_400_in_Chinese(string query, string member)
    {
        var admin = await shared.App.TokenClientAsync(DemoAccounts.Admin);

        var response = await admin.GetAsync($"/api/v1/indicators?{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.ReadObjectAsync();
        ((string)problem["member"]!).ShouldBe(member);
        ((string)problem["detail"]!).ShouldMatch(@"\p{IsCJKUnifiedIdeographs}");
    }

    [Fact]
    public async Task Without_a_token_the_search_is_refused_and_the_openapi_document_describes_it()
    {
        var anonymous = shared.App.CreateClient(new() { BaseAddress = new Uri("https://localhost"), HandleCookies = false });

        (await anonymous.GetAsync("/api/v1/indicators?query=x")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var document = JsonNode.Parse(await shared.App.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        var operation = document["paths"]!["/api/v1/indicators"]!["get"]!;
        ((string)operation["summary"]!).ShouldBe("检索指标库");
        operation["parameters"]!.AsArray().Select(p => (string)p!["name"]!).ShouldBe(["query", "level1", "level2", "framework", "limit"], ignoreOrder: true);
        ((string)document["components"]!["schemas"]!["IndicatorEntry"]!["properties"]!["formula"]!["description"]!).ShouldBe("计算公式");
    }
}
