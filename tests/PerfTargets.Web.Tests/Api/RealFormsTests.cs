using System.Net;
using System.Text.Json.Nodes;
using PerfTargets.Data.Accounts;
using static PerfTargets.Web.Tests.ApiClients;
using static PerfTargets.Web.Tests.DemoDepartments;

namespace PerfTargets.Web.Tests.Api;

/// <summary>
/// The corpus of published forms (tests/RealForms): each enters through the API exactly as
/// transcribed, comes back saying what it said, and is checked by the rules without a failure.
/// </summary>
public class RealFormsTests(SharedDemoApp shared) : IClassFixture<SharedDemoApp>
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "RealForms");

    public static TheoryData<string> Forms() =>
        [.. Directory.GetDirectories(Folder).Where(d => File.Exists(Path.Combine(d, "declaration.json"))).Select(d => Path.GetFileName(d)!).Order()];

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task A_published_form_enters_unchanged_and_round_trips(string form)
    {
        var sent = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Folder, form, "declaration.json")))!.AsObject();
        var client = await shared.App.TokenClientAsync(DemoAccounts.Filers[Shanhaiguan].UserName);

        var created = await client.PostAsync("/api/v1/declarations", Json(sent));

        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (int)(await created.ReadObjectAsync())["id"]!;
        var read = await client.GetDeclarationAsync(id);
        SentDocuments.Differences(sent, read).ShouldBeEmpty();

        var again = await client.PutAsync($"/api/v1/declarations/{id}", Json(read));
        again.StatusCode.ShouldBe(HttpStatusCode.OK, await again.Content.ReadAsStringAsync());
        SentDocuments.Differences(sent, await client.GetDeclarationAsync(id)).ShouldBeEmpty();

        var checkedForm = await client.PostAsync("/api/v1/declarations/validate", Json(sent));
        checkedForm.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await checkedForm.ReadObjectAsync())["problems"].ShouldBeOfType<JsonArray>();
    }
}
