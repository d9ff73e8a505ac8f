using System.Net;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;
using Serilog.Events;

namespace PerfTargets.Web.Tests.Setup;

/// <summary>HSTS and Secure cookies outside Development, and a race between two approvals logged as what it is.</summary>
public class TransportSecurityTests(TestDatabases databases, SharedDemoApp shared) : IClassFixture<TestDatabases>, IClassFixture<SharedDemoApp>
{
    [Fact]
    public async Task Outside_development_https_answers_carry_hsts_and_the_antiforgery_cookie_is_secure()
    {
        var app = shared.App;
        using var client = app.CreateClient(new() { BaseAddress = new Uri("https://localhost"), HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        request.Headers.Host = "jxmb.example.gov.cn"; // HSTS is never sent for localhost

        var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("Strict-Transport-Security").ShouldHaveSingleItem().ShouldStartWith("max-age=");
        var antiforgery = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        antiforgery.Split(';', StringSplitOptions.TrimEntries).ShouldContain("secure");
    }

    [Fact]
    public async Task The_sign_in_page_still_answers_over_plain_http_as_the_demo_serves_it()
    {
        var app = shared.App;
        using var client = app.CreateClient(new() { BaseAddress = new Uri("http://localhost"), HandleCookies = false });

        var response = await client.GetAsync("/account/login");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_reviewers_approving_at_once_on_postgresql_log_one_warning_and_no_error()
    {
        var database = await databases.DemoAsync(DatabaseProvider.PostgreSql);
        var log = new LogCapture();
        await using var app = new PerfTargetsApp(database) { LogSink = log };
        var id = await app.DeclarationIdAsync("网络舆情综合管理");
        await ReviewSteps.SubmitAsync(await app.FilerOfDepartmentAsync("224002"), id);
        var forms = new List<PageForm>();
        foreach (var _ in new[] { 1, 2 })
        {
            var form = await PageForm.LoadAsync(await app.SignInAsync("reviewer-business"), $"/review/{id}", "form#decision");
            forms.Add(form.Set("Opinion", "同意。"));
        }

        // Both approvals read the same state, then wait at the audit chain's head, held here; let go
        // once both wait, they race for it as two reviewers clicking at the same moment do.
        await using var holder = new NpgsqlConnection(database.Settings.ConnectionString);
        await holder.OpenAsync();
        await using var hold = await holder.BeginTransactionAsync();
        await using (var take = new NpgsqlCommand("""SELECT 1 FROM "AuditChainHead" FOR UPDATE""", holder, hold))
        {
            await take.ExecuteScalarAsync();
        }

        var started = log.Events.Count;
        var approvals = forms.Select(f => f.PostToAsync($"/review/{id}?handler=Approve")).ToList();
        // Watched from a connection of its own: inside a transaction pg_stat_activity stays as first read.
        await using var watcher = new NpgsqlConnection(database.Settings.ConnectionString);
        await watcher.OpenAsync();
        await using (var waiting = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()", watcher))
        {
            while ((long)(await waiting.ExecuteScalarAsync())! < 2)
            {
                if (approvals.FirstOrDefault(a => a.IsCompleted) is { } early)
                {
                    throw new ShouldAssertException($"An approval finished without waiting at the audit chain: {(await early).StatusCode} {log.Describe()}");
                }

                await Task.Delay(20);
            }
        }

        await hold.CommitAsync();
        var answers = await Task.WhenAll(approvals);

        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.OK);
        (await app.QueryAsync(db => db.DeclarationEvents.CountAsync(e => e.DeclarationId == id && e.Kind == Core.Review.DeclarationEventKind.Approved))).ShouldBe(1);
        var during = log.Events.Skip(started).ToList();
        during.ShouldNotContain(e => e.Level >= LogEventLevel.Error, log.Describe());
        during.Where(e => e.Level == LogEventLevel.Warning).ShouldHaveSingleItem(log.Describe())
            .RenderMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain("工作流操作未执行");
    }
}
