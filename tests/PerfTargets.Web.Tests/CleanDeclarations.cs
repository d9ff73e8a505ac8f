using System.Net;
using System.Text.Json.Nodes;
using static PerfTargets.Web.Tests.ApiClients;

namespace PerfTargets.Web.Tests;

/// <summary>
/// A declaration in which no rule finds anything (Documents/clean-declaration.json): every seed
/// keeps real problems, so pages that say 无问题 are shown one entered through the API.
/// </summary>
internal static class CleanDeclarations
{
    private static string DocumentPath => Path.Combine(AppContext.BaseDirectory, "Documents", "clean-declaration.json");

    /// <summary>Enters the clean declaration (changed by <paramref name="change"/>, if given) as a draft of the filer's department and returns its id.</summary>
    public static async Task<int> CreateAsync(PerfTargetsApp app, string filerUserName, Action<JsonObject>? change = null)
    {
        var client = await app.TokenClientAsync(filerUserName);
        var document = JsonNode.Parse(await File.ReadAllTextAsync(DocumentPath))!.AsObject();
        change?.Invoke(document);

        var created = await client.PostAsync("/api/v1/declarations", Json(document));

        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (int)(await created.ReadObjectAsync())["id"]!;
    }
}
