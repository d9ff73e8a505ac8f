using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Declarations;
using PerfTargets.Data.Accounts;
using PerfTargets.Data.Setup;
using UglyToad.PdfPig;
using static PerfTargets.Web.Tests.ApiClients;

namespace PerfTargets.Web.Tests.Api;

/// <summary>
/// The review workflow driven by programs alone: the README's curl walkthrough, as tests. The cases
/// share one application: each acts on a declaration no other case reads (its own new one,
/// 新媒体软课题费 refused, 网络舆情综合管理 submitted and withdrawn).
/// </summary>
public class ApiWorkflowTests(SharedPostgreSqlDemoApp shared) : IClassFixture<SharedPostgreSqlDemoApp>
{
    private const string NewDeclaration = """
        {
          "budgetYear": 2027, "projectName": "网信工作经费（接口）", "frameworkCode": "2021", "kind": "New", "moneyUnit": "Yuan",
          "annualGoals": ["完成全年网络安全检查"],
          "annualFunding": {"total": 100000, "fiscal": 100000},
          "midTermFunding": {"total": 100000, "fiscal": 100000},
          "budgetLines": [{"item": "安全检查服务", "amount": 100000}],
          "disbursementPlan": {"march": 25, "june": 50, "october": 75, "december": 100},
          "indicators": [
            {"level1": "产出指标", "level2": "数量指标", "name": "检查单位数", "nature": "Quantitative", "annual": {"comparator": "GreaterOrEqual", "value": 30, "unit": "家"}},
            {"level1": "效益指标", "level2": "社会效益指标", "name": "网络安全水平", "nature": "Qualitative", "annual": {"text": "持续提升"}},
            {"level1": "满意度指标", "level2": "服务对象满意度指标", "name": "使用单位满意度", "nature": "Quantitative", "annual": {"comparator": "GreaterOrEqual", "value": 90, "unit": "%"}},
            {"level1": "成本指标", "level2": "经济成本指标", "name": "检查费用", "nature": "Quantitative", "annual": {"comparator": "LessOrEqual", "value": 100000, "unit": "元"}}
          ]
        }
        """;

    [Fact]
    public async Task A_program_creates_validates_submits_has_it_returned_fixes_and_gets_it_approved_and_printed()
    {
        var app = await shared.OnAsync(DatabaseProvider.PostgreSql);
        var filer = await app.TokenClientAsync(DemoAccounts.Filers["224002"].UserName);
        var business = await app.TokenClientAsync(DemoAccounts.Reviewers[0].UserName);
        var performance = await app.TokenClientAsync(DemoAccounts.Reviewers[1].UserName);

        var validation = await (await filer.PostAsync("/api/v1/declarations/validate", Json(NewDeclaration))).ReadObjectAsync();
        validation["problems"]!.AsArray().Where(p => (string)p!["severity"]! == "error").ShouldBeEmpty(validation.ToJsonString());

        var created = await filer.PostAsync("/api/v1/declarations", Json(NewDeclaration));
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (int)(await created.ReadObjectAsync())["id"]!;

        var submitted = await filer.ActAsync(id, "submit", await filer.GetDeclarationAsync(id));
        submitted.StatusCode.ShouldBe(HttpStatusCode.OK);
        ((string)(await submitted.ReadObjectAsync())["workflow"]!["awaitingSection"]!).ShouldBe("业务股室");

        // 绩效管理股 does not see it before 业务股室 has passed it (and the attempt is recorded as 越权被拒).
        (await performance.GetAsync($"/api/v1/declarations/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var passed = await business.ActAsync(id, "approve", await business.GetDeclarationAsync(id), "同意。");
        passed.StatusCode.ShouldBe(HttpStatusCode.OK);

        var seen = await performance.GetDeclarationAsync(id);
        var noReason = await performance.ActAsync(id, "return", seen);
        noReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        ((string)(await noReason.ReadObjectAsync())["member"]!).ShouldBe("$.opinion");
        var returned = await performance.ActAsync(id, "return", seen, "满意度指标值偏低，请调整为 95%。");
        returned.StatusCode.ShouldBe(HttpStatusCode.OK);
        var back = await filer.GetDeclarationAsync(id);
        ((string)back["workflow"]!["state"]!).ShouldBe("returned");
        ((string)back["workflow"]!["returnedBySection"]!).ShouldBe("绩效管理股");

        back["indicators"]![2]!["annual"]!["value"] = 95;
        var fixedUp = await filer.PutAsync($"/api/v1/declarations/{id}", Json(back));
        fixedUp.StatusCode.ShouldBe(HttpStatusCode.OK);
        var resubmitted = await filer.ActAsync(id, "submit", await fixedUp.ReadObjectAsync());
        ((string)(await resubmitted.ReadObjectAsync())["workflow"]!["awaitingSection"]!).ShouldBe("绩效管理股");

        // Approving the version returned (第 1 版) is refused: only the one now under review may be approved.
        var current = await performance.GetDeclarationAsync(id);
        var old = current.DeepClone().AsObject();
        old["workflow"]!["versionCount"] = 1;
        (await performance.ActAsync(id, "approve", old)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var approved = await performance.ActAsync(id, "approve", current, "同意。");
        approved.StatusCode.ShouldBe(HttpStatusCode.OK);
        ((string)(await approved.ReadObjectAsync())["workflow"]!["state"]!).ShouldBe("approved");
        var twice = await performance.ActAsync(id, "approve", current, "同意。");
        twice.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var pdf = await filer.GetByteArrayAsync($"/api/v1/declarations/{id}/pdf?download=1");
        using var printed = PdfDocument.Open(pdf);
        var text = string.Concat(printed.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value))));
        text.ShouldContain("网信工作经费（接口）");
        text.Replace(" ", string.Empty, StringComparison.Ordinal).ShouldContain("第2版");
        var events = JsonNode.Parse(await filer.GetStringAsync($"/api/v1/declarations/{id}/audit"))!.AsArray().Select(e => (string)e!["action"]!).ToList();
        events.ShouldBe(["Created", "Submitted", "Refused", "Approved", "Returned", "Saved", "Submitted", "NotPerformed", "Approved", "NotPerformed"]);
    }

    [Fact]
    public async Task Submitting_with_rule_errors_answers_422_with_every_problem()
    {
        var app = await shared.OnAsync(DatabaseProvider.PostgreSql);
        var id = await app.DeclarationIdAsync("新媒体软课题费");
        var filer = await app.TokenClientAsync(DemoAccounts.Filers["310101901"].UserName);

        var response = await filer.ActAsync(id, "submit", await filer.GetDeclarationAsync(id));

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await response.ReadObjectAsync();
        ((string)problem["type"]!).ShouldBe("urn:perftargets:problem:rule-errors");
        problem["problems"]!.AsArray().ShouldContain(p => (string)p!["rule"]! == "R01" && (string)p["path"]! == "budgetLines");
        (await app.DeclarationAsync(id)).Status.ShouldBe(DeclarationStatus.Draft);
    }

    [Fact]
    public async Task A_stale_stamp_on_submit_changes_nothing_and_withdraw_takes_a_submission_back()
    {
        var app = await shared.OnAsync(DatabaseProvider.PostgreSql);
        var id = await app.DeclarationIdAsync("网络舆情综合管理");
        var filer = await app.TokenClientAsync(DemoAccounts.Filers["224002"].UserName);
        var read = await filer.GetDeclarationAsync(id);

        var stale = read.DeepClone().AsObject();
        stale["concurrencyStamp"] = Guid.NewGuid().ToString();
        (await filer.ActAsync(id, "submit", stale)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await filer.PostAsync($"/api/v1/declarations/{id}/submit", Json("{}"))).StatusCode.ShouldBe((HttpStatusCode)428);

        var submitted = await (await filer.ActAsync(id, "submit", read)).ReadObjectAsync();
        var withdrawn = await filer.ActAsync(id, "withdraw", submitted);
        withdrawn.StatusCode.ShouldBe(HttpStatusCode.OK);
        ((string)(await withdrawn.ReadObjectAsync())["workflow"]!["state"]!).ShouldBe("draft");
        (await app.QueryAsync(db => db.Declarations.Where(d => d.Id == id).Select(d => d.Status).SingleAsync())).ShouldBe(DeclarationStatus.Draft);
    }
}
