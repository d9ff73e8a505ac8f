using PerfTargets.Data.Setup;
using PerfTargets.Testing;

namespace PerfTargets.Web.Tests.Pages.Declarations;

/// <summary>The indicator framework is read once per process (FrameworkCatalog), not on every page that shows or checks a declaration.</summary>
public sealed class FrameworkReadsTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    [Fact]
    public async Task The_view_the_editor_the_print_the_api_and_the_suggestions_read_no_framework_once_one_page_has()
    {
        var sql = new SqlCommands();
        await using var app = new PerfTargetsApp(await databases.DemoAsync(DatabaseProvider.Sqlite)) { SqlCommands = sql };
        var filer = await app.SignInAsync("filer-shanhaiguan");
        var id = await app.DeclarationIdAsync("网络舆情综合管理");
        string[] pages = [$"/declarations/{id}", $"/declarations/{id}/edit", $"/declarations/{id}/pdf", $"/api/v1/declarations/{id}", "/api/v1/indicators/suggestions?query=myd"];
        (await filer.GetAsync(pages[0])).EnsureSuccessStatusCode();
        sql.Clear();

        foreach (var page in pages)
        {
            var response = await filer.GetAsync(page);
            response.EnsureSuccessStatusCode();
            sql.For(page).ShouldNotBeEmpty($"{page} still reads the declaration");
            sql.For(page).ShouldNotContain(command => command.Contains("\"IndicatorFrameworks\"", StringComparison.Ordinal) || command.Contains("\"FrameworkLevel", StringComparison.Ordinal), page);
        }
    }
}
