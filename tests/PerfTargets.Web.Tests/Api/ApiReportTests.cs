using System.Net;
using System.Text.Json.Nodes;
using PerfTargets.Core.Money;
using PerfTargets.Testing;
using PerfTargets.Web.Tests.Pages.Reports;

namespace PerfTargets.Web.Tests.Api;

/// <summary>
/// 运行监控 and 自评 through the API with access tokens: a mid-year report on seed 004's first project
/// opened, refused for its lagging line until the reason is given, submitted and approved by both
/// sections; the callers that may not are refused as on the pages.
/// </summary>
public class ApiReportTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static JsonObject Line(int sequence, string actual, string projected, string? reason = null, string? measure = null) => new()
    {
        ["sequence"] = sequence, ["actual"] = actual, ["projected"] = projected, ["willMeet"] = true, ["reason"] = reason, ["measure"] = measure,
    };

    [Fact]
    public async Task A_mid_year_report_is_filed_and_reviewed_through_the_api()
    {
        await using var app = await databases.DemoAppAsync();
        var id = await app.DeclarationIdAsync(ReportSteps.Project);
        await ReportSteps.ApproveDeclarationAsync(app, id);
        var unit = (await app.DeclarationAsync(id)).MoneyUnit;
        var filer = await app.TokenClientAsync("filer-shanhaiguan");
        var reports = $"/api/v1/declarations/{id}/reports";

        var opened = await filer.PostAsync(reports, ApiClients.Json("""{"kind":"Monitoring","asOf":"2023-06-30"}"""));
        opened.StatusCode.ShouldBe(HttpStatusCode.Created);
        var report = (await opened.ReadObjectAsync())["report"]!.AsObject();
        var reportId = (int)report["id"]!;
        opened.Headers.Location!.ToString().ShouldBe($"{reports}/{reportId}");
        (await filer.PostAsync(reports, ApiClients.Json("""{"kind":"Monitoring","asOf":"2023-06-30"}"""))).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var save = new JsonObject
        {
            ["concurrencyStamp"] = (string)report["concurrencyStamp"]!,
            ["budget"] = unit.Format(100_000m).Replace(",", string.Empty, StringComparison.Ordinal),
            ["executed"] = unit.Format(60_000m).Replace(",", string.Empty, StringComparison.Ordinal),
            ["lines"] = new JsonArray(Line(1, "80", "abc"), Line(2, "96", "96"), Line(3, "91", "92")),
        };
        var unreadable = await filer.PutAsync($"{reports}/{reportId}", ApiClients.Json(save));
        unreadable.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unreadable.ReadObjectAsync())["errors"]!["$.lines[0].projected"].ShouldNotBeNull();

        save["lines"]![0]!["projected"] = "90";
        var saved = await filer.PutAsync($"{reports}/{reportId}", ApiClients.Json(save));
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        var stamp = (string)(await saved.ReadObjectAsync())["report"]!["concurrencyStamp"]!;
        var lagging = await filer.PostAsync($"{reports}/{reportId}/submit", ApiClients.Json(new JsonObject { ["concurrencyStamp"] = stamp }));
        lagging.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);

        save["concurrencyStamp"] = stamp;
        save["lines"]![0] = Line(1, "80", "90", "上半年监看平台更换，两周未能全量收集", "新平台已上线，下半年增加夜间值守");
        stamp = (string)(await (await filer.PutAsync($"{reports}/{reportId}", ApiClients.Json(save))).ReadObjectAsync())["report"]!["concurrencyStamp"]!;
        var submitted = await filer.PostAsync($"{reports}/{reportId}/submit", ApiClients.Json(new JsonObject { ["concurrencyStamp"] = stamp }));
        submitted.StatusCode.ShouldBe(HttpStatusCode.OK);
        var frozen = await submitted.ReadObjectAsync();
        ((int)frozen["version"]!, ((string)frozen["contentHash"]!).Length).ShouldBe((1, 64));

        foreach (var reviewer in new[] { "reviewer-business", "reviewer-performance" })
        {
            var client = await app.TokenClientAsync(reviewer);
            var seen = await (await client.GetAsync($"{reports}/{reportId}")).ReadObjectAsync();
            var body = new JsonObject { ["concurrencyStamp"] = (string)seen["report"]!["concurrencyStamp"]!, ["version"] = 1, ["opinion"] = "同意。" };
            (await client.PostAsync($"{reports}/{reportId}/approve", ApiClients.Json(body))).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var list = JsonNode.Parse(await (await filer.GetAsync(reports)).Content.ReadAsStringAsync())!.AsArray();
        var listed = list.ShouldHaveSingleItem()!;
        ((string)listed["status"]!, (string)listed["title"]!).ShouldBe(("Approved", "2023年6月30日运行监控"));
    }

    [Fact]
    public async Task Another_department_a_reviewer_writing_and_a_report_of_another_declaration_are_refused()
    {
        await using var app = await databases.DemoAppAsync();
        var id = await app.DeclarationIdAsync(ReportSteps.Project);
        var reports = $"/api/v1/declarations/{id}/reports";
        var filer = await app.TokenClientAsync("filer-shanhaiguan");
        (await filer.PostAsync(reports, ApiClients.Json("""{"kind":"SelfEvaluation"}"""))).StatusCode.ShouldBe(HttpStatusCode.Conflict); // not approved yet

        await ReportSteps.ApproveDeclarationAsync(app, id);
        var opened = await (await filer.PostAsync(reports, ApiClients.Json("""{"kind":"SelfEvaluation"}"""))).ReadObjectAsync();
        var reportId = (int)opened["report"]!["id"]!;

        var other = await app.TokenClientAsync(DemoAccountsOf(DemoDepartments.Suzhou));
        (await other.GetAsync($"{reports}/{reportId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PostAsync(reports, ApiClients.Json("""{"kind":"SelfEvaluation"}"""))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var reviewer = await app.TokenClientAsync("reviewer-business");
        (await reviewer.PostAsync(reports, ApiClients.Json("""{"kind":"SelfEvaluation"}"""))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await reviewer.GetAsync($"{reports}/{reportId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound); // a draft reaches no section
        var otherDeclaration = await app.DeclarationIdAsync("网络阵地建设和内容管理");
        (await filer.GetAsync($"/api/v1/declarations/{otherDeclaration}/reports/{reportId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await filer.PostAsync(reports, ApiClients.Json("""{"kind":"Sometimes"}"""))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await filer.PutAsync($"{reports}/{reportId}", ApiClients.Json("""{"lines":[]}"""))).StatusCode.ShouldBe(HttpStatusCode.PreconditionRequired);
    }

    [Fact]
    public async Task Answers_a_draft_could_not_hold_and_empty_lines_are_refused_at_their_members()
    {
        await using var app = await databases.DemoAppAsync();
        var id = await app.DeclarationIdAsync(ReportSteps.Project);
        await ReportSteps.ApproveDeclarationAsync(app, id);
        var filer = await app.TokenClientAsync("filer-shanhaiguan");
        var reports = $"/api/v1/declarations/{id}/reports";
        var opened = await (await filer.PostAsync(reports, ApiClients.Json("""{"kind":"SelfEvaluation"}"""))).ReadObjectAsync();
        var (reportId, stamp) = ((int)opened["report"]!["id"]!, (string)opened["report"]!["concurrencyStamp"]!);

        async Task<JsonNode> RefusedAsync(JsonObject body)
        {
            body["concurrencyStamp"] = stamp;
            var answer = await filer.PutAsync($"{reports}/{reportId}", ApiClients.Json(body));
            answer.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            return (await answer.ReadObjectAsync())["errors"]!;
        }

        var tooLong = await RefusedAsync(new JsonObject
        {
            ["summary"] = new string('好', Core.Declarations.DeclarationLimits.Goal + 1),
            ["lines"] = new JsonArray(new JsonObject { ["sequence"] = 1, ["reason"] = new string('慢', Core.Declarations.DeclarationLimits.LineText + 1), ["grade"] = new string('优', 100) }),
        });
        ((string)tooLong["$.summary"]![0]!).ShouldBe($"总体目标完成情况不能超过 {Core.Declarations.DeclarationLimits.Goal} 个字。");
        ((string)tooLong["$.lines[0].reason"]![0]!).ShouldEndWith($"的原因不能超过 {Core.Declarations.DeclarationLimits.LineText} 个字。");
        ((string)tooLong["$.lines[0].grade"]![0]!).ShouldEndWith($"的完成等级不能超过 {Core.Declarations.DeclarationLimits.LevelName} 个字。");
        ((string)(await RefusedAsync(new JsonObject { ["lines"] = new JsonArray((JsonNode?)null) }))["$.lines[0]"]![0]!).ShouldBe("第 1 项为空：每项须为一行指标的填报。");
        (await filer.PutAsync($"{reports}/{reportId}", ApiClients.Json(new JsonObject { ["concurrencyStamp"] = stamp, ["lines"] = null }))).StatusCode
            .ShouldBe(HttpStatusCode.OK, "no lines, as an empty list");
    }

    private static string DemoAccountsOf(string departmentCode) => Data.Accounts.DemoAccounts.Filers[departmentCode].UserName;
}
