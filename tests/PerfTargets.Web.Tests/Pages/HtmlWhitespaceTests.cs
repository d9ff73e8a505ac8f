using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;

namespace PerfTargets.Web.Tests.Pages;

/// <summary>Pages go out without their templates' indentation, and nothing a user typed changes.</summary>
public partial class HtmlWhitespaceTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    [Fact]
    public async Task A_page_has_no_indentation_between_its_tags_and_keeps_a_line_break_there()
    {
        await using var app = new PerfTargetsApp(await databases.DemoAsync(DatabaseProvider.Sqlite));
        var admin = await app.AdminAsync();

        var page = await admin.GetStringAsync("/declarations");

        IndentedTags().IsMatch(page).ShouldBeFalse();
        page.ShouldContain(">\n<");
        page.ShouldContain("网络舆情综合管理");
    }

    [Fact]
    public async Task Text_a_user_typed_keeps_its_spaces_and_line_breaks()
    {
        await using var app = new PerfTargetsApp(await databases.DemoAsync(DatabaseProvider.Sqlite));
        var id = await app.DeclarationIdAsync("网络舆情综合管理");
        var typed = "  第一行\n    第二行缩进  ";
        await app.QueryAsync(async db =>
        {
            (await db.Declarations.SingleAsync(d => d.Id == id)).Narrative.Overview = typed;
            return await db.SaveChangesAsync();
        });
        var filer = await app.FilerOfAsync(id);

        var page = await filer.GetStringAsync($"/declarations/{id}/edit");

        // The textarea starts on a new line and writes its line breaks as &#xA; (ASP.NET's own); the spaces stay.
        page.ShouldContain(">\n  第一行&#xA;    第二行缩进  </textarea>");
    }

    [GeneratedRegex(@">[ \t\r]*\n[ \t]+<")]
    private static partial Regex IndentedTags();
}
