using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Data.Accounts;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;
using static PerfTargets.Web.Tests.ApiClients;

namespace PerfTargets.Web.Tests.Api;

/// <summary>Every kind of bad input to the API answers a 4xx problem naming what is wrong; nothing is saved, nothing is a 500.</summary>
public class ApiErrorTests(TestDatabases databases, SharedDemoApp shared) : IClassFixture<TestDatabases>, IClassFixture<SharedDemoApp>
{
    public static TheoryData<string, string, string> BadDocuments => new()
    {
        { """{"budgetYear": "二〇二七", "projectName": "x"}""", "$.budgetYear", "第 1 行" },
        { """{"projectName": "x"}""", "$.budgetYear", "预算年度" },
        { """{"budgetYear": "2027", "projectName": "x", "frameworkCode": "2015"}""", "$.budgetYear", "类型不符" },
        { """{"budgetYear": 2027}""", "$.projectName", "项目名称" },
        { """{"budgetYear": 2027, "projectName": "x", "projectNmae": "y"}""", "$.projectNmae", "没有成员" },
        { """{"budgetYear": 2027, "projectName": "x", "indicators": [{"name": "a", "colour": "red"}]}""", "$.indicators[0].colour", "没有成员" },
        { """{"budgetYear": 2027, "budgetYear": 2028, "projectName": "x"}""", "$.budgetYear", "不止一次" },
        { """{"budgetYear": 2027, "projectName": "x", "annualFunding": {"total": 1e40}}""", "$.annualFunding.total", "无法读取" },
        { """{"budgetYear": 2027, "projectName": "x", "frameworkCode": "2015", "annualFunding": {"total": 1e15}}""", "$.annualFunding.total", "" },
        { """{"budgetYear": 2027, "projectName": "x", "frameworkCode": "2015", "moneyUnit": 1}""", "$.moneyUnit", "无法读取" },
        { "{\"budgetYear\": 2027, \"projectName\": \"x\u202E反转\", \"frameworkCode\": \"2015\"}", "$.projectName", "U+202E" },
        { """{"budgetYear": 2027, "projectName": "x", "frameworkCode": "1999"}""", "$.frameworkCode", "没有代码为“1999”" },
        { """{"budgetYear": 2027, "projectName": "x", "frameworkCode": "2015", "departmentCode": "000"}""", "$.departmentCode", "没有编码为“000”" },
        { """{"budgetYear": 2027, "projectName": "x", "frameworkCode": "2015", "indicators": [{"id": 7, "level1": "产出指标", "level2": "数量指标", "name": "a"}, {"id": 7, "level1": "产出指标", "level2": "数量指标", "name": "b"}]}""", "$.indicators[1].id", "重复" },
        { """{"budgetYear": 2027, "projectName": "x", "indicators": null}""", "$.indicators", "null" },
        { """{"budgetYear": 2027, "projectName": "x",""", "$", "第 1 行" },
        { """[1, 2]""", "$", "对象" },
        { "{}", "$", "预算年度（budgetYear）也未填写或无效" },
        { "{", "$", "JSON 不完整" },
        { """{"budgetYear": [""", "$", "JSON 不完整" },
        { "{\"narrative\":" + string.Concat(Enumerable.Repeat("[", 200)) + string.Concat(Enumerable.Repeat("]", 200)) + "}", "$", "嵌套超过 32 层" },
    };

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public async Task A_bad_document_is_a_problem_naming_its_member_and_nothing_is_saved(string json, string member, string said)
    {
        var app = shared.App;
        var client = await app.TokenClientAsync(DemoAccounts.Filers["224002"].UserName);
        var before = await app.QueryAsync(db => db.Declarations.CountAsync());

        var response = await client.PostAsync("/api/v1/declarations", Json(json));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.ReadObjectAsync();
        var named = (string?)problem["member"];
        (named ?? "$").ShouldStartWith(member == "$" ? "$" : member);
        ((string)problem["detail"]!).ShouldContain(said);
        problem.ToJsonString().ShouldNotContain("Exception");
        (await app.QueryAsync(db => db.Declarations.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_and_other_content_types_415()
    {
        await using var app = await databases.DemoAppAsync();
        var client = await app.TokenClientAsync(DemoAccounts.Filers["224002"].UserName);

        var huge = await client.PostAsync("/api/v1/declarations", Json($$"""{"budgetYear": 2027, "projectName": "{{new string('长', 10 * 1024 * 1024)}}"}"""));
        huge.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        ((string)(await huge.ReadObjectAsync())["detail"]!).ShouldContain("2,097,152");

        var text = await client.PostAsync("/api/v1/declarations", new StringContent("budgetYear=2027", Encoding.UTF8, "text/plain"));
        text.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        ((string)(await text.ReadObjectAsync())["detail"]!).ShouldContain("application/json");
        (await client.PostAsync("/api/v1/declarations/validate", new StringContent("{}", Encoding.UTF8, "text/plain"))).StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_replacement_may_name_only_its_own_rows()
    {
        await using var app = await databases.DemoAppAsync();
        var own = await app.DeclarationIdAsync("网络舆情综合管理");
        var other = await app.DeclarationAsync(await app.DeclarationIdAsync("网络安全和信息化工作经费")); // 宿州's
        var client = await app.TokenClientAsync(DemoAccounts.Filers["224002"].UserName);
        var document = await client.GetDeclarationAsync(own);
        document["indicators"]![0]!["id"] = other.Indicators[0].Id;

        var response = await client.PutAsync($"/api/v1/declarations/{own}", Json(document));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.ReadObjectAsync();
        ((string)problem["member"]!).ShouldBe("$.indicators[0].id");
        ((string)problem["detail"]!).ShouldContain("不属于该申报表");
        (await app.DeclarationAsync(other.Id)).Indicators.Count.ShouldBe(other.Indicators.Count);

        // Its own rows' ids are accepted, and the rows are kept in the document's order.
        var again = await client.GetDeclarationAsync(own);
        var indicators = again["indicators"]!.AsArray();
        var first = indicators[0]!.DeepClone();
        indicators.RemoveAt(0);
        indicators.Add(first);
        (await client.PutAsync($"/api/v1/declarations/{own}", Json(again))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.DeclarationAsync(own)).Indicators[^1].Name.ShouldBe((string)first["name"]!);
    }

    [Fact]
    public async Task Unknown_addresses_and_methods_under_the_api_answer_problems_not_pages()
    {
        await using var app = await databases.DemoAppAsync();
        var client = await app.TokenClientAsync(DemoAccounts.Admin);

        var missing = await client.GetAsync("/api/v1/nothing-here");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        missing.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var absent = await client.GetAsync("/api/v1/declarations/999999");
        absent.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        ((string)(await absent.ReadObjectAsync())["title"]!).ShouldBe("没有找到该申报表");
        (await client.GetAsync("/api/v1/declarations/abc")).Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var patch = await client.PatchAsync("/api/v1/declarations/1", Json("{}"));
        patch.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        patch.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }
}
