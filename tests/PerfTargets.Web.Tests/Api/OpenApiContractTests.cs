using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace PerfTargets.Web.Tests.Api;

/// <summary>
/// The OpenAPI document the framework generates describes every endpoint of /api/v1, and its
/// reference page is served locally. Both cases only read, anonymously: they share one application.
/// </summary>
public partial class OpenApiContractTests(SharedInstalledApp installed) : IClassFixture<SharedInstalledApp>
{
    [Fact]
    public async Task The_document_lists_every_api_endpoint_with_its_method()
    {
        var app = installed.App;
        var client = app.CreateClient(new() { BaseAddress = new Uri("https://localhost") });

        var response = await client.GetAsync("/openapi/v1.json");

        response.StatusCode.ShouldBe(HttpStatusCode.OK); // open without signing in
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        var paths = document["paths"]!.AsObject();
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/v1", StringComparison.Ordinal))
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => (Path: Constraint().Replace(e.RoutePattern.RawText!, "{$1}").TrimEnd('/'), Method: m.ToLowerInvariant())))
            .ToList();
        endpoints.Count.ShouldBeGreaterThanOrEqualTo(13);
        foreach (var (path, method) in endpoints)
        {
            paths.ContainsKey(path).ShouldBeTrue($"{path} is not in the OpenAPI document");
            paths[path]!.AsObject().ContainsKey(method).ShouldBeTrue($"{method} {path} is not in the OpenAPI document");
            ((string?)paths[path]![method]!["summary"]).ShouldNotBeNullOrEmpty($"{method} {path} has no summary");
        }

        paths.Select(p => p.Key).ShouldAllBe(p => p.StartsWith("/api/v1", StringComparison.Ordinal));
        ((string)document["components"]!["securitySchemes"]!["AccessToken"]!["scheme"]!).ShouldBe("bearer");
        var declaration = document["components"]!["schemas"]!["Declaration"]!["properties"]!;
        ((string)declaration["projectName"]!["description"]!).ShouldContain("项目名称");
        ((string)declaration["budgetYear"]!["description"]!).ShouldContain("预算年度");
        declaration["departmentCode"].ShouldNotBeNull();
        paths["/api/v1/declarations/{id}"]!["put"]!["requestBody"].ShouldNotBeNull();
    }

    [Fact]
    public async Task The_reference_page_is_served_from_the_application_with_no_outside_address()
    {
        var app = installed.App;
        var client = app.CreateClient(new() { BaseAddress = new Uri("https://localhost") });

        var page = await client.GetAsync("/api/docs/index.html");

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync();
        var config = await client.GetStringAsync("/api/docs/index.js");
        config.ShouldContain("/openapi/v1.json");
        foreach (var text in new[] { html, config })
        {
            OutsideAddress().Matches(text).Select(m => m.Value).ShouldBeEmpty();
        }

        foreach (Match script in ScriptSource().Matches(html))
        {
            (await client.GetAsync("/api/docs/" + script.Groups[1].Value.TrimStart('.', '/'))).StatusCode.ShouldBe(HttpStatusCode.OK, script.Value);
        }
    }

    [GeneratedRegex(@"\{(\w+):\w+\}")]
    private static partial Regex Constraint();

    [GeneratedRegex(@"(src|href)=[""']https?://[^""']+")]
    private static partial Regex OutsideAddress();

    [GeneratedRegex(@"<script[^>]+src=""([^""]+)""")]
    private static partial Regex ScriptSource();
}
