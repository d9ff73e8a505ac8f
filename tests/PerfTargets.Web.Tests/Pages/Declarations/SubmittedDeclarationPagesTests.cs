using AngleSharp.Html.Parser;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;

namespace PerfTargets.Web.Tests.Pages.Declarations;

/// <summary>The editor and the delete page of a declaration that was submitted: they say only what is true, and offer nothing that cannot be done.</summary>
public class SubmittedDeclarationPagesTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private const string Project = "网络舆情综合管理";

    private static async Task SubmitAsync(HttpClient filer, int id) =>
        await (await PageForm.LoadAsync(filer, $"/declarations/{id}/submit", "form#submit-form")).PostAsync();

    private static async Task ReturnAsync(PerfTargetsApp app, int id, string opinion) =>
        await (await PageForm.LoadAsync(await app.SignInAsync("reviewer-business"), $"/review/{id}", "form#decision")).Set("Opinion", opinion).PostToAsync($"/review/{id}?handler=Return");

    [Fact]
    public async Task Saving_an_editor_left_open_after_submission_says_only_that_it_is_submitted_and_keeps_the_input()
    {
        await using var app = await databases.DemoAppAsync();
        var id = await app.DeclarationIdAsync(Project);
        var filer = await app.FilerOfDepartmentAsync("224002");
        var editor = await PageForm.LoadAsync(filer, $"/declarations/{id}/edit");
        await SubmitAsync(filer, id);

        var page = new HtmlParser().ParseDocument(await (await editor.Set("Input.ProjectCode", "改动").PostAsync()).Content.ReadAsStringAsync());

        page.QuerySelector("#locked")!.TextContent.ShouldContain("该申报表当前为“已提交”，不能再修改。审核人尚未处理时，可在申报表页面撤回后修改");
        page.QuerySelectorAll("main .alert-danger").Length.ShouldBe(1);
        page.Body!.TextContent.ShouldNotContain("有填写内容无法读取或超出限制");
        page.QuerySelector("a[href$='/delete']").ShouldBeNull();
        page.QuerySelector("input[name='Input.ProjectCode']")!.GetAttribute("value").ShouldBe("改动");
        (await app.DeclarationAsync(id)).ProjectCode.ShouldBe("224-0501-JBN-BOVO");
    }

    [Fact]
    public async Task Opening_the_editor_of_a_submitted_declaration_says_why_on_the_page_it_lands_on()
    {
        await using var app = await databases.DemoAppAsync();
        var id = await app.DeclarationIdAsync(Project);
        var filer = await app.FilerOfDepartmentAsync("224002");
        await SubmitAsync(filer, id);

        var response = await filer.GetAsync($"/declarations/{id}/edit");

        response.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe($"/declarations/{id}");
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector("main .alert-danger")!.TextContent
            .ShouldBe("该申报表当前为“已提交”，不能再修改。审核人尚未处理时，可在申报表页面撤回后修改；否则请等待审核人退回。");
    }

    [Fact]
    public async Task The_delete_page_of_a_submitted_or_returned_declaration_only_explains_and_the_returned_editor_offers_no_delete()
    {
        await using var app = await databases.DemoAppAsync();
        var id = await app.DeclarationIdAsync(Project);
        var filer = await app.FilerOfDepartmentAsync("224002");
        new HtmlParser().ParseDocument(await filer.GetStringAsync($"/declarations/{id}/edit")).QuerySelector("a[href$='/delete']").ShouldNotBeNull("a draft never submitted may be deleted");
        await SubmitAsync(filer, id);

        var submitted = new HtmlParser().ParseDocument(await filer.GetStringAsync($"/declarations/{id}/delete"));
        submitted.QuerySelector("#refusal")!.TextContent.ShouldBe("该申报表当前为“已提交”，不能删除。");
        submitted.Body!.TextContent.ShouldNotContain("确定要删除");
        submitted.QuerySelector("main button").ShouldBeNull();
        submitted.QuerySelector($"main a.btn[href='/declarations/{id}']")!.TextContent.ShouldBe("返回");

        await ReturnAsync(app, id, "请补充依据。");
        var returned = new HtmlParser().ParseDocument(await filer.GetStringAsync($"/declarations/{id}/delete"));
        returned.QuerySelector("#refusal")!.TextContent.ShouldBe("该申报表提交过，审核记录须保留，不能删除。");
        returned.QuerySelector("form[method=post] button.btn-danger").ShouldBeNull();
        new HtmlParser().ParseDocument(await filer.GetStringAsync($"/declarations/{id}/edit")).QuerySelector("a[href$='/delete']").ShouldBeNull();
    }

    [Fact]
    public async Task The_editor_of_a_returned_declaration_shows_who_returned_it_when_and_why()
    {
        await using var app = await databases.DemoAppAsync();
        var id = await app.DeclarationIdAsync(Project);
        var filer = await app.FilerOfDepartmentAsync("224002");
        (await filer.GetStringAsync($"/declarations/{id}/edit")).ShouldNotContain("id=\"returned\"");
        await SubmitAsync(filer, id);
        await ReturnAsync(app, id, "满意度指标目标值偏低，\n请调整。");
        var at = await app.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.DeclarationEvents, e => e.DeclarationId == id && e.Kind == Core.Review.DeclarationEventKind.Returned));

        var notice = new HtmlParser().ParseDocument(await filer.GetStringAsync($"/declarations/{id}/edit")).QuerySelector("#returned")!;

        notice.QuerySelector("strong")!.TextContent.ShouldBe($"业务股室（业务股室审核人）于 {Viewing.ChinaTime.Format(at.At)} 退回了第 1 版，意见：");
        notice.QuerySelector("p")!.TextContent.ShouldBe("满意度指标目标值偏低，\n请调整。");
        notice.TextContent.ShouldContain("请按意见修改后重新提交，将直接回到业务股室审核。");
    }

    [Fact]
    public async Task A_returned_declaration_not_changed_since_warns_its_filer_before_resubmission()
    {
        await using var app = await databases.DemoAppAsync();
        var id = await app.DeclarationIdAsync(Project);
        var filer = await app.FilerOfDepartmentAsync("224002");
        await SubmitAsync(filer, id);
        await ReturnAsync(app, id, "请补充依据。");

        new HtmlParser().ParseDocument(await filer.GetStringAsync($"/declarations/{id}")).QuerySelector("#unchanged")!.TextContent
            .ShouldBe("与退回的第 1 版相比没有修改：重新提交后，审核人将看到与退回时相同的内容。请先按审核意见修改。");
        await (await PageForm.LoadAsync(filer, $"/declarations/{id}/edit")).Set("Input.ProjectCode", "224-0501-FIXED").PostAsync();

        new HtmlParser().ParseDocument(await filer.GetStringAsync($"/declarations/{id}")).QuerySelector("#unchanged").ShouldBeNull();
    }
}
