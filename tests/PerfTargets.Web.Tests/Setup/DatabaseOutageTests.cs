using System.Net;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;

namespace PerfTargets.Web.Tests.Setup;

/// <summary>
/// While the database cannot be reached, signed-in users and programs with a token are told so
/// (503, with when to retry), by a page that needs no database, instead of an empty 500.
/// </summary>
public class DatabaseOutageTests
{
    [Fact]
    public async Task While_the_database_is_gone_pages_and_the_api_answer_503_in_Chinese_with_a_retry_time()
    {
        using var database = new SqliteFile();
        await using var app = new PerfTargetsApp(DatabaseProvider.Sqlite.ToString(), database.ConnectionString, demoMode: true);
        var filer = await app.FilerOfDepartmentAsync("224002");
        var program = await app.TokenClientAsync("filer-shanhaiguan");
        (await filer.GetAsync("/declarations")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The database goes away: its file becomes a folder, which SQLite cannot open.
        foreach (var file in new[] { database.Path, database.Path + "-wal", database.Path + "-shm" })
        {
            File.Delete(file);
        }

        Directory.CreateDirectory(database.Path);
        try
        {
            foreach (var path in new[] { "/declarations", "/review", "/declarations/1/edit" })
            {
                var page = await filer.GetAsync(path);
                page.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable, path);
                page.Headers.RetryAfter.ShouldNotBeNull();
                page.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
                (await page.Content.ReadAsStringAsync()).ShouldContain("<h1 style=\"font-size: 1.5rem\">数据库暂时无法访问，请稍后再试</h1>");
            }

            foreach (var call in new[] { program.GetAsync("/api/v1/declarations"), program.PostAsync("/api/v1/declarations/validate", ApiClients.Json("{}")) })
            {
                var answer = await call;
                answer.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
                answer.Headers.RetryAfter.ShouldNotBeNull();
                answer.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
                var problem = await answer.ReadObjectAsync();
                ((string)problem["title"]!).ShouldBe("数据库暂时无法访问，请稍后再试");
                ((int)problem["status"]!).ShouldBe(503);
            }
        }
        finally
        {
            Directory.Delete(database.Path);
        }
    }
}
