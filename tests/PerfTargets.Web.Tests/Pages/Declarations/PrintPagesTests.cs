using System.Net;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Data.Accounts;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;
using UglyToad.PdfPig;
using static PerfTargets.Web.Tests.DemoDepartments;

namespace PerfTargets.Web.Tests.Pages.Declarations;

/// <summary>GET /declarations/{id}/pdf: the form as PDF for those who may see the declaration, in the layout asked for.</summary>
public class PrintPagesTests(TestDatabases databases, SharedDemoApp shared) : IClassFixture<TestDatabases>, IClassFixture<SharedDemoApp>
{
    private const string Project = "网络舆情综合管理";

    [Fact]
    public async Task A_filer_prints_a_draft_inline_with_its_watermark_and_can_download_it()
    {
        var app = shared.App;
        var id = await app.DeclarationIdAsync(Project);
        var filer = await app.FilerOfDepartmentAsync(Shanhaiguan);

        var response = await filer.GetAsync($"/declarations/{id}/pdf");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("inline");
        response.Content.Headers.ContentDisposition.FileNameStar.ShouldBe("2023年度-网络舆情综合管理-绩效目标申报表.pdf");
        var text = PdfText.Of(await response.Content.ReadAsByteArrayAsync());
        text.ShouldContain("项目支出绩效目标申报表");
        text.ShouldContain(Project);
        text.ShouldContain("草稿");

        var download = await filer.GetAsync($"/declarations/{id}/pdf?download=1");
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
    }

    [Fact]
    public async Task A_draft_prints_in_the_review_layout_with_each_sections_box_blank_to_stamp()
    {
        await using var app = await databases.DemoAppAsync();
        var id = await app.DeclarationIdAsync(Project);
        var filer = await app.FilerOfDepartmentAsync(Shanhaiguan);

        var text = Squeezed(await filer.GetByteArrayAsync($"/declarations/{id}/pdf?layout=review"));

        text.ShouldContain("业务股室审核意见");
        text.ShouldContain("绩效管理股审核意见");
        // 填报单位（盖章） and one （盖章） in each blank box; no reviewer has signed.
        (text.Split("（盖章）").Length - 1).ShouldBe(3);
        text.ShouldNotContain("审核人：");
    }

    [Fact]
    public async Task The_empty_level2_rows_the_review_paper_shows_are_left_out_when_asked()
    {
        await using var app = await databases.DemoAppAsync();
        var id = await app.DeclarationIdAsync("新媒体建设经费");
        var filer = await app.FilerOfDepartmentAsync("430203101");

        (await filer.GetStringAsync($"/declarations/{id}")).ShouldContain("name=\"omitEmpty\" value=\"true\"");
        var every = Squeezed(await filer.GetByteArrayAsync($"/declarations/{id}/pdf?layout=review"));
        var filed = Squeezed(await filer.GetByteArrayAsync($"/declarations/{id}/pdf?layout=review&omitEmpty=true"));

        every.ShouldContain("效益指标经济效益指标社会效益指标");
        every.ShouldContain("生态效益指标");
        filed.ShouldNotContain("经济效益指标");
        filed.ShouldNotContain("生态效益指标");
        filed.ShouldContain("社会效益指标");

        // The API's PDF takes the same option, and names a value it cannot read.
        var api = await app.TokenClientAsync(DemoAccounts.Filers["430203101"].UserName);
        Squeezed(await api.GetByteArrayAsync($"/api/v1/declarations/{id}/pdf?layout=review&omitEmpty=true")).ShouldNotContain("生态效益指标");
        Squeezed(await api.GetByteArrayAsync($"/api/v1/declarations/{id}/pdf?layout=review")).ShouldContain("生态效益指标");
        var unreadable = await api.GetAsync($"/api/v1/declarations/{id}/pdf?omitEmpty=yes");
        unreadable.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        ((string)(await unreadable.ReadObjectAsync())["member"]!).ShouldBe("omitEmpty");
    }

    private static string Squeezed(byte[] pdf) => string.Concat(PdfText.Of(pdf).Where(c => !char.IsWhiteSpace(c)));

    [Fact]
    public async Task Another_department_is_refused_and_an_unknown_layout_is_named()
    {
        var app = shared.App;
        var id = await app.DeclarationIdAsync(Project);

        var other = await (await app.FilerOfDepartmentAsync("341300001")).GetAsync($"/declarations/{id}/pdf");
        other.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Content.ReadAsStringAsync()).ShouldNotContain("%PDF");

        var unknown = await (await app.FilerOfDepartmentAsync(Shanhaiguan)).GetAsync($"/declarations/{id}/pdf?layout=nonsense");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await unknown.Content.ReadAsStringAsync()).ShouldContain("没有名为“nonsense”的打印格式");

        var anonymous = await app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync($"/declarations/{id}/pdf");
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task An_approved_declaration_prints_its_frozen_version_with_every_stamp_and_opinion(DatabaseProvider provider)
    {
        await using var app = await databases.DemoAppAsync(provider);
        var id = await app.DeclarationIdAsync(Project);
        var filer = await app.FilerOfDepartmentAsync(Shanhaiguan);
        await ReviewSteps.SubmitAsync(filer, id);
        await ReviewSteps.DecideAsync(await app.SignInAsync("reviewer-business"), id, "Approve", "业务股室意见：同意。");
        var submittedText = PdfText.Of(await filer.GetByteArrayAsync($"/declarations/{id}/pdf"));
        submittedText.ShouldContain("业务股室意见：同意。");
        submittedText.ShouldNotContain("草稿");
        await ReviewSteps.DecideAsync(await app.SignInAsync("reviewer-performance"), id, "Approve", "绩效管理股：同意批复。");

        var pdf = await filer.GetByteArrayAsync($"/declarations/{id}/pdf");
        await File.WriteAllBytesAsync(Path.Combine(AppContext.BaseDirectory, $"approved-{provider}.pdf"), pdf);

        var text = PdfText.Of(pdf);
        text.ShouldContain("第 1 版");
        text.ShouldContain("业务股室审核意见");
        text.ShouldContain("绩效管理股：同意批复。");
        text.ShouldContain("系统审批核验标记");
        var hash = await app.QueryAsync(db => db.DeclarationVersions.Where(v => v.DeclarationId == id).Select(v => v.ContentHash).SingleAsync());
        text.ShouldContain($"/verify/{hash}?s=");
        using var document = PdfDocument.Open(pdf);
        document.GetPages().Sum(p => p.GetImages().Count()).ShouldBe(3); // the department's stamp and both sections'
    }
}
