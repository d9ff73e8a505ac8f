using System.Net;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;
using static PerfTargets.Web.Tests.DemoDepartments;

namespace PerfTargets.Web.Tests.Pages;

/// <summary>
/// Every role against every page of a declaration, of its own department and of another: the
/// refusals are proven, not only the happy path.
/// </summary>
public class AccessMatrixTests(TestDatabases databases, SharedDemoApp shared) : IClassFixture<TestDatabases>, IClassFixture<SharedDemoApp>
{
    // user, page (with {id} of a 宿州 declaration and {dept} of 宿州), expected final status
    public static TheoryData<string, string, HttpStatusCode> Matrix => new()
    {
        { "filer-suzhou", "/declarations/{id}", HttpStatusCode.OK },
        { "filer-suzhou", "/declarations/{id}/edit", HttpStatusCode.OK },
        { "filer-suzhou", "/declarations/{id}/copy", HttpStatusCode.OK },
        { "filer-suzhou", "/declarations/{id}/submit", HttpStatusCode.OK },
        { "filer-suzhou", "/declarations/{id}/delete", HttpStatusCode.OK },
        { "filer-suzhou", "/departments/{dept}/goals/2022", HttpStatusCode.OK },
        { "filer-suzhou", "/declarations/new", HttpStatusCode.OK },
        { "filer-suzhou", "/admin/users", HttpStatusCode.Forbidden },
        { "filer-lusong", "/declarations/{id}", HttpStatusCode.NotFound },
        { "filer-lusong", "/declarations/{id}/edit", HttpStatusCode.NotFound },
        { "filer-lusong", "/declarations/{id}/copy", HttpStatusCode.NotFound },
        { "filer-lusong", "/declarations/{id}/submit", HttpStatusCode.NotFound },
        { "filer-lusong", "/declarations/{id}/delete", HttpStatusCode.NotFound },
        { "filer-lusong", "/departments/{dept}/goals/2022", HttpStatusCode.NotFound },
        { "filer-lusong", "/admin/users", HttpStatusCode.Forbidden },
        { "reviewer-business", "/declarations/{id}", HttpStatusCode.NotFound },
        { "reviewer-business", "/declarations/{id}/edit", HttpStatusCode.Forbidden },
        { "reviewer-business", "/declarations/{id}/copy", HttpStatusCode.Forbidden },
        { "reviewer-business", "/declarations/{id}/submit", HttpStatusCode.Forbidden },
        { "reviewer-business", "/declarations/{id}/delete", HttpStatusCode.Forbidden },
        { "reviewer-business", "/departments/{dept}/goals/2022", HttpStatusCode.Forbidden },
        { "reviewer-business", "/declarations/new", HttpStatusCode.Forbidden },
        { "reviewer-business", "/admin/users", HttpStatusCode.Forbidden },
        { "admin", "/declarations/{id}", HttpStatusCode.OK },
        { "admin", "/declarations/{id}/edit", HttpStatusCode.Forbidden },
        { "admin", "/declarations/{id}/copy", HttpStatusCode.Forbidden },
        { "admin", "/declarations/{id}/submit", HttpStatusCode.Forbidden },
        { "admin", "/declarations/{id}/delete", HttpStatusCode.Forbidden },
        { "admin", "/declarations/new", HttpStatusCode.Forbidden },
        { "admin", "/admin/users", HttpStatusCode.OK },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_reaches_exactly_what_it_should(string user, string page, HttpStatusCode expected)
    {
        var app = shared.App;
        var id = await app.DeclarationIdAsync("网络安全和信息化工作经费");
        var department = await app.QueryAsync(db => db.Departments.Where(d => d.Code == Suzhou).Select(d => d.Id).SingleAsync());
        var client = await app.SignInAsync(user);

        var response = await client.GetAsync(page.Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{dept}", department.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

        response.StatusCode.ShouldBe(expected);
        if (expected != HttpStatusCode.OK)
        {
            (await response.Content.ReadAsStringAsync()).ShouldMatch(expected == HttpStatusCode.NotFound ? "找不到该页面" : "无权访问");
        }
    }

    [Theory]
    [InlineData("filer-suzhou", 6)]
    [InlineData("filer-lusong", 1)]
    [InlineData("reviewer-business", 0)]
    [InlineData("admin", 11)]
    public async Task The_list_shows_each_role_its_own_share(string user, int count)
    {
        var app = shared.App;

        var html = await (await app.SignInAsync(user)).GetStringAsync("/declarations");

        Html.DeclarationLinks(html).Count.ShouldBe(count);
    }

    [Fact]
    public async Task A_filer_cannot_post_another_departments_declaration_even_with_a_forged_form()
    {
        await using var app = await databases.DemoAppAsync();
        var id = await app.DeclarationIdAsync("网络安全和信息化工作经费");
        var own = await PageForm.LoadAsync(await app.SignInAsync("filer-suzhou"), $"/declarations/{id}/edit");
        var intruder = await app.SignInAsync("filer-lusong");
        var token = PageForm.Read(intruder, "/", await intruder.GetStringAsync("/declarations/new"))["__RequestVerificationToken"];
        own.Set("__RequestVerificationToken", token).Set("Input.ProjectName", "被篡改");

        var response = await intruder.PostAsync($"/declarations/{id}/edit", new FormUrlEncodedContent(own.Fields));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.DeclarationAsync(id)).ProjectName.ShouldBe("网络安全和信息化工作经费");
    }
}
