using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Declarations;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;

namespace PerfTargets.Web.Tests.Pages;

/// <summary>
/// What a user types that the pages refuse at the field rather than store or fail on: a NUL, other
/// control and bidi characters, and a seal file far over its limit.
/// </summary>
public class TypedCharactersTests(TestDatabases databases, TypedCharactersTests.Submitted submitted) : IClassFixture<TestDatabases>, IClassFixture<TypedCharactersTests.Submitted>
{
    private const string Project = "网络舆情综合管理";

    /// <summary>
    /// The demo application with the project submitted to 业务股室, shared by the cases whose input is
    /// refused (nothing recorded, nothing saved); a case that records an opinion has its own.
    /// </summary>
    public sealed class Submitted : SharedDemoApp
    {
        public int Id { get; private set; }

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            Id = await App.DeclarationIdAsync(Project);
            await (await PageForm.LoadAsync(await App.FilerOfDepartmentAsync("224002"), $"/declarations/{Id}/submit", "form#submit-form")).PostAsync();
        }
    }

    private static async Task<(PerfTargetsApp App, int Id, HttpClient Reviewer)> SubmittedAsync(TestDatabases databases, DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var app = await databases.DemoAppAsync(provider);
        var id = await app.DeclarationIdAsync(Project);
        await (await PageForm.LoadAsync(await app.FilerOfDepartmentAsync("224002"), $"/declarations/{id}/submit", "form#submit-form")).PostAsync();
        return (app, id, await app.SignInAsync("reviewer-business"));
    }

    private static async Task<HttpResponseMessage> ReturnAsync(HttpClient reviewer, int id, string opinion) =>
        await (await PageForm.LoadAsync(reviewer, $"/review/{id}", "form#decision")).Set("Opinion", opinion).PostToAsync($"/review/{id}?handler=Return");

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_nul_in_an_opinion_is_refused_at_the_box_with_the_opinion_kept_not_a_400(DatabaseProvider provider)
    {
        var (app, id, reviewer) = await SubmittedAsync(databases, provider);
        await using (app)
        {
            var response = await ReturnAsync(reviewer, id, "请修改\0这里");

            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            page.QuerySelector("#decision .invalid-feedback")!.TextContent.ShouldBe("审核意见第 4 个字是无法识别的字符（�），请删除后再提交。");
            page.QuerySelector("#decision textarea")!.TextContent.Trim('\n').ShouldBe("请修改\uFFFD这里");
            (await app.DeclarationAsync(id)).Status.ShouldBe(DeclarationStatus.Submitted);
        }
    }

    [Theory]
    [InlineData("同意\a。", "审核意见第 3 个字是不可见的控制字符（U+0007），请删除后再提交。")]
    [InlineData("\u001B[31m同意", "审核意见第 1 个字是不可见的控制字符（U+001B），请删除后再提交。")]
    [InlineData("请修改\u202E后再提交", "审核意见第 4 个字是不可见的控制字符（U+202E），请删除后再提交。")]
    [InlineData("请\u200B修改", "审核意见第 2 个字是不可见的控制字符（U+200B），请删除后再提交。")]
    public async Task Control_and_bidi_characters_in_an_opinion_are_refused_at_the_box_and_nothing_is_recorded(string opinion, string message)
    {
        var (app, id) = (submitted.App, submitted.Id);
        var reviewer = await app.SignInAsync("reviewer-business");

        var page = new HtmlParser().ParseDocument(await (await ReturnAsync(reviewer, id, opinion)).Content.ReadAsStringAsync());

        page.QuerySelector("#decision .invalid-feedback")!.TextContent.ShouldBe(message);
        page.QuerySelector("#decision textarea")!.TextContent.Trim('\n').ShouldBe(opinion);
        (await app.QueryAsync(db => db.DeclarationEvents.CountAsync(e => e.DeclarationId == id))).ShouldBe(1);
    }

    [Fact]
    public async Task Tabs_and_line_breaks_in_an_opinion_are_ordinary_text()
    {
        var (app, id, reviewer) = await SubmittedAsync(databases);
        await using (app)
        {
            var response = await ReturnAsync(reviewer, id, "请修改：\r\n\t1. 满意度指标；\r\n\t2. 预算明细。");

            response.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/review");
            (await app.QueryAsync(db => db.DeclarationEvents.SingleAsync(e => e.DeclarationId == id && e.Opinion != null))).Opinion.ShouldBe("请修改：\r\n\t1. 满意度指标；\r\n\t2. 预算明细。");
        }
    }

    [Fact]
    public async Task A_bidi_override_in_a_declaration_field_is_refused_at_the_field_and_nothing_is_saved()
    {
        var app = submitted.App;
        var id = await app.DeclarationIdAsync("新媒体软课题费");
        var form = await PageForm.LoadAsync(await app.FilerOfAsync(id), $"/declarations/{id}/edit");

        var html = await (await form.Set("Input.ProjectName", "新媒体\u202E费题课软").Set("Input.Narrative.Overview", "概况\0").PostAsync()).Content.ReadAsStringAsync();

        var page = new HtmlParser().ParseDocument(html);
        page.QuerySelector("input[name='Input.ProjectName'] ~ .invalid-feedback")!.TextContent.ShouldBe("项目名称第 4 个字是不可见的控制字符（U+202E），请删除后再提交。");
        page.QuerySelector("input[name='Input.ProjectName']")!.GetAttribute("value").ShouldBe("新媒体\u202E费题课软");
        html.ShouldContain("项目概况第 3 个字是无法识别的字符（�），请删除后再提交。");
        (await app.DeclarationAsync(id)).ProjectName.ShouldBe("新媒体软课题费");
    }

    [Fact]
    public async Task A_35_mb_seal_upload_is_told_its_size_at_its_row()
    {
        var app = submitted.App;
        var admin = await app.AdminAsync();
        var section = await app.QueryAsync(db => db.ReviewSections.OrderBy(s => s.Sequence).Select(s => s.Id).FirstAsync());
        var form = await PageForm.LoadAsync(admin, "/admin/seals", $"#seal-ReviewSection-{section} form[enctype]");
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in form.Fields)
        {
            content.Add(new StringContent(value), name);
        }

        var part = new ByteArrayContent(new byte[35 * 1024 * 1024]);
        part.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        content.Add(part, "file", "scan.png");

        var response = await admin.PostAsync("/admin/seals?handler=Upload", content);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector($"#seal-ReviewSection-{section} .invalid-feedback")!.TextContent
            .ShouldBe("印章图片不能超过 1 MB（此文件 35.0 MB）。请压缩后再上传。");
    }
}
