using System.Net;
using System.Text;
using PerfTargets.Data.Accounts;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;

namespace PerfTargets.Web.Tests.Setup;

/// <summary>
/// A restarted application on an existing database, whose very first request reads a declaration
/// document: nothing has been serialised in that process yet, and each such request must still be
/// answered properly, not with a 500. Each case starts a process of its own.
/// </summary>
public sealed class FirstRequestAfterStartTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private const string Project = "网络舆情综合管理";
    private const string Filer = "filer-shanhaiguan";

    public static TheoryData<string> Requests => new() { "POST /api/v1/declarations/validate", "POST /api/declarations/validate", "POST /api/v1/declarations", "PUT /api/v1/declarations/{id}", "导入 JSON" };

    private sealed record Existing(int Id, string Token, string Document);

    /// <summary>The existing database, with a token and a document read from it, by an application in this test's process.</summary>
    private static async Task<Existing> PrepareAsync(AppDatabase database)
    {
        await using var app = new PerfTargetsApp(database);
        var id = await app.DeclarationIdAsync(Project);
        var token = await app.IssueTokenAsync(Filer);
        return new(id, token, (await app.BearerClient(token).GetDeclarationAsync(id)).ToJsonString());
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task The_first_request_after_a_start_that_reads_a_document_is_answered(string request)
    {
        var database = await databases.DemoAsync(DatabaseProvider.Sqlite);
        var existing = await PrepareAsync(database);
        await using var process = await ApplicationProcess.StartAsync(new() { ["ConnectionStrings__PerfTargets"] = database.Settings.ConnectionString });
        using var client = process.CreateClient();

        var response = await SendAsync(client, request, existing);

        var body = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBeLessThan(500, $"{body}\n{process.Output}");
        switch (request)
        {
            case "POST /api/v1/declarations":
                response.StatusCode.ShouldBe(HttpStatusCode.Created, body);
                break;
            case "导入 JSON":
                body.ShouldContain("已从“申报表.json”导入为新的草稿");
                break;
            default:
                response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
                break;
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string request, Existing existing)
    {
        if (request == "导入 JSON")
        {
            var signIn = await PageForm.LoadAsync(client, "/account/login");
            (await signIn.Set("UserName", Filer).Set("Password", DemoAccounts.Password).PostAsync()).EnsureSuccessStatusCode();
            return await ImportPage.PostAsync(client, Encoding.UTF8.GetBytes(existing.Document));
        }

        client.DefaultRequestHeaders.Authorization = new("Bearer", existing.Token);
        var (method, path) = (request.Split(' ')[0], request.Split(' ')[1].Replace("{id}", existing.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        using var message = new HttpRequestMessage(new HttpMethod(method), path) { Content = ApiClients.Json(existing.Document) };
        return await client.SendAsync(message);
    }
}
