using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PerfTargets.Core.Auditing;
using PerfTargets.Data.Accounts;

namespace PerfTargets.Web.Tests;

/// <summary>Programs calling the API: a client holding an access token of one account, and the JSON they send and read.</summary>
internal static class ApiClients
{
    /// <summary>Issues a token to the account (as the admin's page does) and returns a client that sends it.</summary>
    public static async Task<HttpClient> TokenClientAsync(this PerfTargetsApp app, string userName, int lifetimeDays = 30)
    {
        var token = await app.IssueTokenAsync(userName, lifetimeDays);
        return app.BearerClient(token);
    }

    public static async Task<string> IssueTokenAsync(this PerfTargetsApp app, string userName, int lifetimeDays = 30)
    {
        using var scope = app.Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<PerfTargetsUser>>().FindByNameAsync(userName)
            ?? throw new InvalidOperationException($"No account {userName}.");
        var (_, secret) = await scope.ServiceProvider.GetRequiredService<AccessTokens>().IssueAsync(user, "测试程序", lifetimeDays, AuditActor.System);
        return secret;
    }

    /// <summary>A client without cookies that authenticates by the token alone.</summary>
    public static HttpClient BearerClient(this PerfTargetsApp app, string token)
    {
        var client = app.CreateClient(new() { BaseAddress = new Uri("https://localhost"), HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static StringContent Json(JsonNode json) => Json(json.ToJsonString());

    public static async Task<JsonObject> ReadObjectAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!;

    /// <summary>The declaration document, for a change: GET /api/v1/declarations/{id}.</summary>
    public static async Task<JsonObject> GetDeclarationAsync(this HttpClient client, int id)
    {
        var response = await client.GetAsync($"/api/v1/declarations/{id}");
        response.EnsureSuccessStatusCode();
        return await response.ReadObjectAsync();
    }

    /// <summary>POSTs a workflow action with the stamp (and version, opinion) given.</summary>
    public static Task<HttpResponseMessage> ActAsync(this HttpClient client, int id, string action, JsonObject document, string? opinion = null) =>
        client.PostAsync($"/api/v1/declarations/{id}/{action}", Json(new JsonObject
        {
            ["concurrencyStamp"] = (string)document["concurrencyStamp"]!,
            ["version"] = (int)document["workflow"]!["versionCount"]!,
            ["opinion"] = opinion,
        }));
}
