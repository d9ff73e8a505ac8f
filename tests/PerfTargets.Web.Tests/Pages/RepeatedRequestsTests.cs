using System.Text;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Declarations;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;

namespace PerfTargets.Web.Tests.Pages;

/// <summary>
/// A page asked for again is served by the queries EF compiled the first time. A query built around a
/// new constant on every request (an in-memory array as a query's source, say) misses EF's cache and
/// is compiled afresh each time: it cost the declaration's view most of its processor time.
/// </summary>
public sealed class RepeatedRequestsTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task The_busiest_pages_and_api_calls_compile_no_query_the_second_time(DatabaseProvider provider)
    {
        var sql = new SqlCommands();
        await using var app = new PerfTargetsApp(await databases.DemoAsync(provider)) { SqlCommands = sql };
        var filer = await app.SignInAsync("filer-shanhaiguan");
        var admin = await app.SignInAsync("admin");
        var reviewer = await app.SignInAsync("reviewer-business");
        var api = await app.TokenClientAsync("admin");
        var submitted = await app.DeclarationIdAsync("网络舆情综合管理");
        (await ReviewSteps.SubmitAsync(filer, submitted)).EnsureSuccessStatusCode();
        var draft = await app.QueryAsync(db => db.Declarations
            .Where(d => d.DepartmentId == db.Declarations.Single(s => s.Id == submitted).DepartmentId && d.Status == DeclarationStatus.Draft)
            .OrderBy(d => d.Id).Select(d => d.Id).FirstAsync());
        var declaration = await app.DeclarationAsync(submitted);
        var document = await api.GetStringAsync($"/api/v1/declarations/{submitted}");
        var requests = new (string Who, HttpClient Client, string Path, string? Body)[]
        {
            ("filer", filer, "/declarations", null),
            ("filer", filer, $"/declarations/{draft}", null),
            ("filer", filer, $"/declarations/{draft}/edit", null),
            ("filer", filer, $"/declarations/{draft}/pdf", null),
            ("admin", admin, "/declarations", null),
            ("admin", admin, $"/declarations?year={declaration.BudgetYear}&department={declaration.DepartmentId}", null),
            ("admin", admin, $"/declarations/{submitted}", null),
            ("admin", admin, "/summary", null),
            ("reviewer", reviewer, "/review", null),
            ("reviewer", reviewer, $"/review/{submitted}", null),
            ("api", api, "/api/v1/declarations", null),
            ("api", api, $"/api/v1/declarations/{submitted}", null),
            ("api", api, "/api/v1/declarations/validate", document),
            ("api", api, "/api/v1/summary", null),
        };

        foreach (var (who, client, path, body) in requests)
        {
            await SendAsync(client, path, body);
            await SendAsync(client, path, body);
            sql.Clear();

            await SendAsync(client, path, body);

            sql.For(path).ShouldNotBeEmpty($"{who} {path} reads the database");
            sql.CompiledFor(path).ShouldBeEmpty($"{who} {path} compiled a query again");
        }
    }

    [Fact]
    public async Task A_submitted_version_is_judged_once_and_shown_with_the_same_verdict_after()
    {
        var sql = new SqlCommands();
        await using var app = new PerfTargetsApp(await databases.DemoAsync(DatabaseProvider.Sqlite)) { SqlCommands = sql };
        var filer = await app.SignInAsync("filer-shanhaiguan");
        var reviewer = await app.SignInAsync("reviewer-business");
        var id = await app.DeclarationIdAsync("网络舆情综合管理");
        (await ReviewSteps.SubmitAsync(filer, id)).EnsureSuccessStatusCode();
        string[] pages = [$"/declarations/{id}", $"/review/{id}"];
        var first = new List<string>();
        foreach (var page in pages)
        {
            first.Add(ProblemsShown(await reviewer.GetStringAsync(page)));
        }

        sql.Clear();
        foreach (var (page, shown) in pages.Zip(first))
        {
            ProblemsShown(await reviewer.GetStringAsync(page)).ShouldBe(shown, page);
            sql.For(page).ShouldNotContain(command => command.Contains("\"RuleSettingsRevisions\"", StringComparison.Ordinal), $"{page} looked up the settings to judge by again");
        }

        first.ShouldAllBe(shown => shown.Contains("[R13]", StringComparison.Ordinal));
    }

    /// <summary>The problem list's words as the page shows them.</summary>
    private static string ProblemsShown(string html) =>
        string.Join(' ', (Html.Parse(html).QuerySelector("#problems")?.TextContent ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static async Task SendAsync(HttpClient client, string path, string? body)
    {
        using var response = body is null
            ? await client.GetAsync(path)
            : await client.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
    }
}
