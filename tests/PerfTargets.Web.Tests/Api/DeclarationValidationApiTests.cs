using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PerfTargets.Core.Taxonomy;
using PerfTargets.Core.Validation;
using PerfTargets.Data.DemoData;

namespace PerfTargets.Web.Tests.Api;

/// <summary>The check stores nothing, so its cases share one application.</summary>
public class DeclarationValidationApiTests(SharedDemoApp shared) : IClassFixture<SharedDemoApp>
{
    private const string Route = "/api/declarations/validate";

    private Task<HttpClient> ClientAsync() => shared.App.AdminAsync();

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>The seed declarations as the documents a budget system would send: they name framework and department by code.</summary>
    private static IEnumerable<(string Name, JsonObject Document)> SeedDocuments()
    {
        var assembly = typeof(DemoDataSet).Assembly;
        foreach (var resource in DemoDataSet.ResourceNames())
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            foreach (var declaration in JsonNode.Parse(stream)!["declarations"]!.AsArray())
            {
                yield return ((string)declaration!["projectName"]!, declaration.AsObject());
            }
        }
    }

    [Fact]
    public async Task Each_seed_document_gets_the_problems_the_rules_find_in_it()
    {
        var client = await ClientAsync();
        var frameworks = StandardFrameworks.Create();
        var expected = DemoDataSet.Load().Declarations.ToDictionary(d => d.Declaration.ProjectName, d =>
        {
            d.Declaration.DepartmentId = 1;
            return DeclarationCheck.Problems(d.Declaration, frameworks.Single(f => f.Code == d.FrameworkCode));
        });

        foreach (var (name, document) in SeedDocuments())
        {
            var response = await client.PostAsync(Route, Json(document.ToJsonString()));

            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            var report = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
            var problems = report["problems"]!.AsArray().Select(p => ((string)p!["rule"]!, (string)p["path"]!, (string)p["message"]!)).ToList();
            problems.ShouldBe(expected[name].Select(p => (p.Rule, p.Path, p.Message)).ToList(), name);
            ((bool)report["valid"]!).ShouldBe(expected[name].All(p => !p.IsError));
        }
    }

    [Fact]
    public async Task Seed_001_reports_its_budget_lines_with_both_sums()
    {
        var client = await ClientAsync();
        var document = SeedDocuments().Single(d => d.Name == "新媒体软课题费").Document;

        var report = (await (await client.PostAsync(Route, Json(document.ToJsonString()))).Content.ReadFromJsonAsync<JsonObject>())!;

        report["valid"]!.GetValue<bool>().ShouldBeFalse();
        var problem = report["problems"]!.AsArray().Single(p => (string)p!["rule"]! == "R01")!;
        ((string)problem["severity"]!).ShouldBe("error");
        ((string)problem["path"]!).ShouldBe("budgetLines");
        ((string)problem["message"]!).ShouldBe("预算明细合计 200,000.00 元，与年度资金总额 449,000.00 元不符，少 249,000.00 元。");
    }

    [Fact]
    public async Task Chinese_messages_are_sent_as_utf8_text()
    {
        var client = await ClientAsync();

        var body = await (await client.PostAsync(Route, Json("""{"budgetYear":2026,"frameworkCode":"2015"}"""))).Content.ReadAsStringAsync();

        body.ShouldContain("请填写项目名称。");
    }

    [Theory]
    [InlineData("{\"budgetYear\": 2026,", "第 1 行")]
    [InlineData("{\"budgetYear\": \"二〇二六\"}", "$.budgetYear")]
    [InlineData("{\"kind\": \"Forever\"}", "$.kind")]
    [InlineData("[1, 2]", "申报表 JSON 对象")]
    [InlineData("{\"indicators\": [{\"annual\": {\"value\": 1e400}}]}", "$.indicators[0].annual.value")]
    public async Task Malformed_documents_answer_400_naming_the_place(string json, string named)
    {
        var client = await ClientAsync();

        var response = await client.PostAsync(Route, Json(json));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldContain(named);
        body.ShouldNotContain("Exception");
    }

    [Fact]
    public async Task Deeply_nested_json_is_refused_not_crashed_on()
    {
        var client = await ClientAsync();
        var json = "{\"narrative\":" + string.Concat(Enumerable.Repeat("[", 5000)) + string.Concat(Enumerable.Repeat("]", 5000)) + "}";

        (await client.PostAsync(Route, Json(json))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_unknown_framework_or_department_code_is_named()
    {
        var client = await ClientAsync();

        var framework = await client.PostAsync(Route, Json("""{"budgetYear":2026,"frameworkCode":"1999"}"""));
        var department = await client.PostAsync(Route, Json("""{"budgetYear":2026,"frameworkCode":"2015","departmentCode":"000"}"""));

        framework.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await framework.Content.ReadAsStringAsync()).ShouldContain("没有代码为“1999”的指标体系");
        department.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await department.Content.ReadAsStringAsync()).ShouldContain("没有编码为“000”的单位");
    }

    [Fact]
    public async Task Without_a_framework_the_default_of_the_year_applies()
    {
        var client = await ClientAsync();

        var withDefault = await client.PostAsync(Route, Json("""{"budgetYear":2023}"""));
        var withoutDefault = await client.PostAsync(Route, Json("""{"budgetYear":2030}"""));

        ((string)(await withDefault.Content.ReadFromJsonAsync<JsonObject>())!["frameworkCode"]!).ShouldBe("2021-效果");
        withoutDefault.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await withoutDefault.Content.ReadAsStringAsync()).ShouldContain("2030 年度也没有默认指标体系");
    }

    [Fact]
    public async Task Other_content_types_are_refused_with_415()
    {
        var client = await ClientAsync();

        var response = await client.PostAsync(Route, new StringContent("budgetYear=2026", Encoding.UTF8, "application/x-www-form-urlencoded"));

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Nothing_is_saved()
    {
        var client = await ClientAsync();
        var before = Html.DeclarationLinks(await client.GetStringAsync("/declarations")).Count;

        await client.PostAsync(Route, Json(SeedDocuments().First().Document.ToJsonString()));

        Html.DeclarationLinks(await client.GetStringAsync("/declarations")).Count.ShouldBe(before);
    }

    [Fact]
    public async Task Only_post_is_answered()
    {
        var client = await ClientAsync();

        (await client.GetAsync(Route)).StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
    }
}
