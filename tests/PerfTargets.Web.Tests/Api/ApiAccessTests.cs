using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Accounts;
using PerfTargets.Core.Auditing;
using PerfTargets.Data.Accounts;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;
using static PerfTargets.Web.Tests.ApiClients;

namespace PerfTargets.Web.Tests.Api;

/// <summary>
/// The API keeps the pages' access rules for access tokens: a filer reaches only their department,
/// a reviewer only what has reached their section, the admin reads everything and changes nothing;
/// tokens expire, are revoked, die with their account, and cannot be guessed at speed.
/// </summary>
public class ApiAccessTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private const string Declaration = """{"budgetYear": 2027, "projectName": "越权测试", "frameworkCode": "2015"}""";

    private async Task<PerfTargetsApp> AppAsync(TimeProvider? clock = null) =>
        new(await databases.DemoAsync(DatabaseProvider.Sqlite)) { Clock = clock };

    [Fact]
    public async Task A_filer_token_reaches_no_other_department_and_each_attempt_is_recorded()
    {
        await using var app = await AppAsync();
        var suzhou = await app.DeclarationIdAsync("网络安全和信息化工作经费");
        var shanhaiguan = await app.TokenClientAsync(DemoAccounts.Filers["224002"].UserName);
        var document = await (await app.TokenClientAsync(DemoAccounts.Filers["341300001"].UserName)).GetDeclarationAsync(suzhou);

        (await shanhaiguan.GetAsync($"/api/v1/declarations/{suzhou}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await shanhaiguan.GetAsync($"/api/v1/declarations/{suzhou}/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await shanhaiguan.GetAsync($"/api/v1/declarations/{suzhou}/audit")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await shanhaiguan.PutAsync($"/api/v1/declarations/{suzhou}", Json(document))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await shanhaiguan.ActAsync(suzhou, "submit", document)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var listed = await (await shanhaiguan.GetAsync("/api/v1/declarations?pageSize=100")).ReadObjectAsync();
        listed["items"]!.AsArray().ShouldAllBe(i => (string)i!["departmentCode"]! == "224002");

        var forged = JsonNode.Parse(Declaration)!.AsObject();
        forged["departmentCode"] = "341300001";
        var refused = await shanhaiguan.PostAsync("/api/v1/declarations", Json(forged));
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        ((string)(await refused.ReadObjectAsync())["member"]!).ShouldBe("$.departmentCode");

        (await app.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.Refused && e.DeclarationId == suzhou))).ShouldBeGreaterThanOrEqualTo(4);
        (await app.DeclarationAsync(suzhou)).ConcurrencyStamp.ToString().ShouldBe((string)document["concurrencyStamp"]!);
    }

    [Fact]
    public async Task Reviewers_and_the_admin_fill_nothing_and_a_reviewer_sees_only_what_reached_the_section()
    {
        await using var app = await AppAsync();
        var draft = await app.DeclarationIdAsync("网络舆情综合管理");
        var reviewer = await app.TokenClientAsync(DemoAccounts.Reviewers[0].UserName);
        var admin = await app.TokenClientAsync(DemoAccounts.Admin);

        (await reviewer.PostAsync("/api/v1/declarations", Json(Declaration))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await admin.PostAsync("/api/v1/declarations", Json(Declaration))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await reviewer.GetAsync($"/api/v1/declarations/{draft}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        ((int)(await (await reviewer.GetAsync("/api/v1/declarations")).ReadObjectAsync())["totalCount"]!).ShouldBe(0);

        var document = await admin.GetDeclarationAsync(draft);
        (await admin.PutAsync($"/api/v1/declarations/{draft}", Json(document))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var filer = await app.TokenClientAsync(DemoAccounts.Filers["224002"].UserName);
        var submitted = await (await filer.ActAsync(draft, "submit", document)).ReadObjectAsync();
        (await admin.ActAsync(draft, "approve", submitted, "同意")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await filer.ActAsync(draft, "approve", submitted, "同意")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await reviewer.GetAsync($"/api/v1/declarations/{draft}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // 绩效管理股's turn has not come: it neither sees nor approves it.
        var later = await app.TokenClientAsync(DemoAccounts.Reviewers[1].UserName);
        (await later.ActAsync(draft, "approve", submitted, "同意")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Calls_without_a_working_token_are_401_problems_asking_for_a_bearer_token()
    {
        var clock = new ShiftableClock();
        await using var app = await AppAsync(clock);
        var anonymous = app.CreateClient(new() { BaseAddress = new Uri("https://localhost"), HandleCookies = false });

        var bare = await anonymous.GetAsync("/api/v1/declarations");
        bare.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        bare.Headers.WwwAuthenticate.ToString().ShouldBe("Bearer");
        bare.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");

        var token = await app.IssueTokenAsync(DemoAccounts.Filers["224002"].UserName, lifetimeDays: 1);
        var client = app.BearerClient(token);
        (await client.GetAsync("/api/v1/declarations")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var lastUsed = await app.QueryAsync(db => db.Set<AccessToken>().Select(t => t.LastUsedAt).SingleAsync());
        lastUsed.ShouldNotBeNull();

        clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        var expired = await client.GetAsync("/api/v1/declarations");
        expired.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        expired.Headers.WwwAuthenticate.ToString().ShouldContain("invalid_token");
    }

    [Fact]
    public async Task A_revoked_token_or_one_of_a_disabled_account_stops_at_once()
    {
        await using var app = await AppAsync();
        var shanhaiguan = await app.IssueTokenAsync(DemoAccounts.Filers["224002"].UserName);
        var suzhou = await app.IssueTokenAsync(DemoAccounts.Filers["341300001"].UserName);
        (await app.BearerClient(suzhou).GetAsync("/api/v1/declarations")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The list shows the newest token first: its 吊销 is the first form.
        var page = await PageForm.LoadAsync(await app.AdminAsync(), "/admin/tokens", "main form[action*=Revoke]");
        (await (await page.PostAsync()).Content.ReadAsStringAsync()).ShouldContain("已吊销该令牌");
        (await app.BearerClient(suzhou).GetAsync("/api/v1/declarations")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.BearerClient(shanhaiguan).GetAsync("/api/v1/declarations")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var account = DemoAccounts.Filers["224002"].UserName;
        var id = await app.QueryAsync(db => db.Users.Where(u => u.UserName == account).Select(u => u.Id).SingleAsync());
        await (await PageForm.LoadAsync(await app.AdminAsync(), "/admin/users", $"main form[action*='handler=Disable'][action*='id={id}']")).PostAsync();
        (await app.BearerClient(shanhaiguan).GetAsync("/api/v1/declarations")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_opens_no_page_not_even_the_admins_and_issues_no_token()
    {
        await using var app = await AppAsync();
        var secret = await app.IssueTokenAsync(DemoAccounts.Admin);
        var token = app.CreateClient(new() { BaseAddress = new Uri("https://localhost"), HandleCookies = false, AllowAutoRedirect = false });
        token.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", secret);
        var seal = await app.QueryAsync(db => db.Seals.Select(s => s.Id).FirstAsync());

        foreach (var page in new[] { "/admin/tokens", "/admin/users", "/declarations", $"/seals/{seal}" })
        {
            var response = await token.GetAsync(page);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, page);
            response.Headers.Location!.AbsolutePath.ShouldBe("/account/login", page);
        }

        var userId = await app.QueryAsync(db => db.Users.Where(u => u.UserName == DemoAccounts.Admin).Select(u => u.Id).SingleAsync());
        var issue = await token.PostAsync("/admin/tokens?handler=Issue", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserId"] = userId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Name"] = "再签一个",
            ["Input.LifetimeDays"] = "366",
        }));
        issue.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        issue.Headers.Location!.AbsolutePath.ShouldBe("/account/login");
        (await app.QueryAsync(db => db.Set<AccessToken>().CountAsync())).ShouldBe(1);
        (await token.GetAsync("/api/v1/declarations")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Revoking_a_token_says_what_it_issued_and_revokes_that_with_it()
    {
        await using var app = await AppAsync();
        var filer = DemoAccounts.Filers["224002"].UserName;
        var leaked = await app.IssueTokenAsync(DemoAccounts.Admin);
        var minted = await app.IssueTokenAsync(filer);
        var mintedByMinted = await app.IssueTokenAsync(DemoAccounts.Admin);
        var unrelated = await app.IssueTokenAsync(filer);
        var ids = await app.QueryAsync(db => db.Set<AccessToken>().OrderBy(t => t.Id).Select(t => t.Id).ToListAsync());
        // A record from before tokens stopped opening pages: the leaked admin token issued the next, which issued the third.
        await app.QueryAsync(db => db.Set<AccessToken>().Where(t => t.Id == ids[1]).ExecuteUpdateAsync(s => s.SetProperty(t => t.IssuedThroughTokenId, ids[0])));
        await app.QueryAsync(db => db.Set<AccessToken>().Where(t => t.Id == ids[2]).ExecuteUpdateAsync(s => s.SetProperty(t => t.IssuedThroughTokenId, ids[1])));
        var admin = await app.AdminAsync();

        var page = await PageForm.LoadAsync(admin, "/admin/tokens", $"main form[action*='id={ids[0]}']");
        var html = await (await page.PostAsync()).Content.ReadAsStringAsync();

        html.ShouldContain("记录显示它签发过以下令牌，已一并吊销");
        html.ShouldContain($"{filer} 的“测试程序”");
        foreach (var secret in new[] { leaked, minted, mintedByMinted })
        {
            (await app.BearerClient(secret).GetAsync("/api/v1/declarations")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        (await app.BearerClient(unrelated).GetAsync("/api/v1/declarations")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Detail.Contains("一并吊销")))).ShouldBe(2);

        var alone = await PageForm.LoadAsync(admin, "/admin/tokens", $"main form[action*='id={ids[3]}']");
        (await (await alone.PostAsync()).Content.ReadAsStringAsync()).ShouldContain("记录中该令牌未签发其他令牌。");
    }

    [Fact]
    public async Task An_account_that_must_change_its_password_is_refused_by_session_and_by_token_until_it_has()
    {
        await using var app = await AppAsync();
        var account = DemoAccounts.Filers["224002"].UserName;
        var token = app.BearerClient(await app.IssueTokenAsync(account));
        // As the admin leaves a new or reset account: its owner has not set the password.
        await app.QueryAsync(db => db.Users.Where(u => u.UserName == account).ExecuteUpdateAsync(s => s.SetProperty(u => u.PasswordChangedAt, (DateTimeOffset?)null)));
        var browser = await app.SignInAsync(account);

        foreach (var client in new[] { browser, token })
        {
            var refused = await client.GetAsync("/api/v1/declarations");
            refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            ((string)(await refused.ReadObjectAsync())["detail"]!).ShouldStartWith("请先修改密码");
        }

        var change = await PageForm.LoadAsync(browser, "/account/password");
        (await (await change.Set("Current", DemoAccounts.Password).Set("New", "山海关-网信-2026").Set("Confirm", "山海关-网信-2026").PostAsync()).Content.ReadAsStringAsync()).ShouldContain("密码已修改");
        (await browser.GetAsync("/api/v1/declarations")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await token.GetAsync("/api/v1/declarations")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Under_dengbao_a_token_stops_when_its_accounts_password_is_past_ninety_days()
    {
        var clock = new ShiftableClock();
        await using var app = new PerfTargetsApp(await databases.DemoAsync(DatabaseProvider.Sqlite))
        {
            Clock = clock,
            Settings = new Dictionary<string, string> { ["Security:PasswordPolicy"] = "Dengbao" },
        };
        var token = app.BearerClient(await app.IssueTokenAsync(DemoAccounts.Filers["224002"].UserName, lifetimeDays: 366));
        (await token.GetAsync("/api/v1/declarations")).StatusCode.ShouldBe(HttpStatusCode.OK);

        clock.Advance(TimeSpan.FromDays(91));

        var refused = await token.GetAsync("/api/v1/declarations");
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        ((string)(await refused.ReadObjectAsync())["type"]!).ShouldBe("urn:perftargets:problem:password-change-required");
    }

    [Fact]
    public async Task Resetting_a_password_revokes_the_accounts_tokens_and_says_how_many()
    {
        await using var app = await AppAsync();
        var account = DemoAccounts.Filers["224002"].UserName;
        var first = app.BearerClient(await app.IssueTokenAsync(account));
        var second = app.BearerClient(await app.IssueTokenAsync(account));
        var other = app.BearerClient(await app.IssueTokenAsync(DemoAccounts.Filers["341300001"].UserName));
        var admin = await app.AdminAsync();
        var id = await app.QueryAsync(db => db.Users.Where(u => u.UserName == account).Select(u => u.Id).SingleAsync());
        var selector = $"main form[action*='handler=Reset'][action*='id={id}']";

        var weak = await (await PageForm.LoadAsync(admin, "/admin/users", selector)).Set("password", "short").PostAsync();
        (await weak.Content.ReadAsStringAsync()).ShouldContain($"未重置 {account} 的密码");
        (await first.GetAsync("/api/v1/declarations")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var reset = await (await PageForm.LoadAsync(admin, "/admin/users", selector)).Set("password", "Reset-by-admin-2026").PostAsync();

        (await reset.Content.ReadAsStringAsync()).ShouldContain("已吊销该账户的 2 个访问令牌。");
        (await first.GetAsync("/api/v1/declarations")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await second.GetAsync("/api/v1/declarations")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await other.GetAsync("/api/v1/declarations")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Detail.StartsWith($"重置 {account} 的密码，吊销其 2 个访问令牌")))).ShouldBe(1);
    }

    [Fact]
    public async Task Guessing_tokens_is_stopped_after_the_limit_for_the_minute()
    {
        await using var app = new PerfTargetsApp(await databases.DemoAsync(DatabaseProvider.Sqlite))
        {
            Settings = new Dictionary<string, string> { ["Api:FailedTokenAttemptsPerMinute"] = "3" },
        };
        var good = await app.IssueTokenAsync(DemoAccounts.Admin);
        for (var i = 0; i < 3; i++)
        {
            (await app.BearerClient("pt_" + new string('A', 43)).GetAsync("/api/v1/declarations")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        var blocked = await app.BearerClient("pt_" + new string('B', 43)).GetAsync("/api/v1/declarations");
        blocked.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        blocked.Headers.RetryAfter.ShouldNotBeNull();
        (await app.BearerClient(good).GetAsync("/api/v1/declarations")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task The_browser_session_reads_the_api_and_changes_through_it_only_with_the_antiforgery_token()
    {
        await using var app = await AppAsync();
        var browser = await app.FilerOfDepartmentAsync("224002");

        (await browser.GetAsync("/api/v1/declarations")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await browser.PostAsync("/api/v1/declarations", Json(Declaration));
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        ((string)(await refused.ReadObjectAsync())["type"]!).ShouldBe("urn:perftargets:problem:antiforgery");

        var antiforgery = await (await browser.GetAsync("/api/v1/antiforgery")).ReadObjectAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/declarations") { Content = Json(Declaration) };
        request.Headers.Add((string)antiforgery["headerName"]!, (string)antiforgery["requestToken"]!);
        (await browser.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.Created);

        // Validating changes nothing, so the editor's script calls it without the token.
        (await browser.PostAsync("/api/v1/declarations/validate", Json(Declaration))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_admin_issues_a_token_shown_once_and_stored_only_as_its_hash()
    {
        await using var app = await AppAsync();
        var admin = await app.AdminAsync();
        var form = await PageForm.LoadAsync(admin, "/admin/tokens", "main form[action*=Issue]");
        var filerId = await app.QueryAsync(db => db.Users.Where(u => u.UserName == DemoAccounts.Filers["224002"].UserName).Select(u => u.Id).SingleAsync());

        var html = await (await form.Set("Input.UserId", filerId.ToString(System.Globalization.CultureInfo.InvariantCulture)).Set("Input.Name", "一体化系统").Set("Input.LifetimeDays", "30").PostAsync()).Content.ReadAsStringAsync();

        var secret = System.Text.RegularExpressions.Regex.Match(html, "pt_[A-Za-z0-9_-]{43}").Value;
        secret.ShouldNotBeEmpty();
        var stored = await app.QueryAsync(db => db.Set<AccessToken>().SingleAsync());
        stored.SecretHash.ShouldBe(AccessTokenSecret.Hash(secret));
        stored.SecretHash.ShouldNotContain(secret[3..]);
        stored.ShownPrefix.ShouldBe(secret[..AccessTokenSecret.ShownLength]);
        (await app.BearerClient(secret).GetAsync("/api/v1/declarations")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var list = await admin.GetStringAsync("/admin/tokens");
        list.ShouldNotContain(secret);
        list.ShouldContain(stored.ShownPrefix + "…");
        list.ShouldContain("一体化系统");
        list.ShouldContain(PerfTargets.Web.Viewing.ChinaTime.Format(stored.ExpiresAt.UtcDateTime)); // the day it expires, not only a time
        (await app.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.AccountChanged && e.Detail.Contains("签发访问令牌")))).ShouldBe(1);

        var invalid = await (await (await PageForm.LoadAsync(admin, "/admin/tokens", "main form[action*=Issue]")).Set("Input.LifetimeDays", "999").PostAsync()).Content.ReadAsStringAsync();
        invalid.ShouldContain("有效期应为 1 到 366 天");
        invalid.ShouldContain("请选择令牌所代表的账户");
        invalid.ShouldContain("请写明令牌的用途");

        var filer = await app.FilerOfDepartmentAsync("224002");
        (await filer.GetAsync("/admin/tokens")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
