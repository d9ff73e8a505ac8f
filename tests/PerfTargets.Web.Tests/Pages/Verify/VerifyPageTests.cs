using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PerfTargets.Core.Review;
using PerfTargets.Core.Security;
using PerfTargets.Core.Verification;
using PerfTargets.Data.Setup;
using PerfTargets.Data.Verification;
using PerfTargets.Testing;
using PerfTargets.Web.Viewing;
using static PerfTargets.Web.Tests.DemoDepartments;

namespace PerfTargets.Web.Tests.Pages.Verify;

/// <summary>
/// The public verify page that a printed approval mark's QR code opens: after the demo chain has
/// approved a declaration, anyone, signed in or not, checks its hash and signature; anything not
/// approved is 404 and tells nothing about it.
/// </summary>
public class VerifyPageTests(TestDatabases databases, SharedDemoApp shared, SharedInstalledApp installed) : IClassFixture<TestDatabases>, IClassFixture<SharedDemoApp>, IClassFixture<SharedInstalledApp>
{
    private const string Project = "网络舆情综合管理";
    private const string Department = "中共山海关区委网络安全和信息化委员会办公室";
    private const string Key = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    private const string NotApproved = "未通过核验：该内容哈希不是本系统中已批复的申报表版本的内容哈希。纸件可能未经批复、已被改动，或不是由本系统打印的。";

    private async Task<PerfTargetsApp> DemoAppAsync(DatabaseProvider provider = DatabaseProvider.Sqlite) =>
        new(await databases.DemoAsync(provider)) { Settings = new Dictionary<string, string> { ["Verification:Key"] = Key } };

    private static async Task<ApprovalMark?> MarkAsync(PerfTargetsApp app, int id)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ApprovedVersionLookup>().MarkAsync(id, new Uri("https://localhost/"));
    }

    private static async Task<(HttpStatusCode Status, IHtmlDocument Page, string Html)> VerifyAsync(HttpClient anonymous, string pathAndQuery)
    {
        var response = await anonymous.GetAsync(pathAndQuery);
        var html = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, new HtmlParser().ParseDocument(html), html);
    }

    private static string Text(IHtmlDocument page, string selector) => page.QuerySelector(selector)?.TextContent.Trim() ?? string.Empty;

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task An_approved_version_verifies_without_sign_in_and_its_signature_matches(DatabaseProvider provider)
    {
        await using var app = await DemoAppAsync(provider);
        var id = await app.DeclarationIdAsync(Project);
        await ReviewSteps.SubmitAsync(await app.FilerOfDepartmentAsync(Shanhaiguan), id);
        await ReviewSteps.DecideAsync(await app.SignInAsync("reviewer-business"), id, "Approve", "业务股室意见：同意。");
        await ReviewSteps.DecideAsync(await app.SignInAsync("reviewer-performance"), id, "Approve", "绩效管理股意见：指标合理，同意批复。");
        var approvedAt = await app.QueryAsync(db => db.DeclarationEvents.Where(e => e.DeclarationId == id && e.Kind == DeclarationEventKind.Approved).MaxAsync(e => e.At));
        var mark = (await MarkAsync(app, id))!;
        var anonymous = app.CreateClient();

        var (status, page, html) = await VerifyAsync(anonymous, mark.VerificationUrl.PathAndQuery);

        status.ShouldBe(HttpStatusCode.OK);
        mark.VersionNumber.ShouldBe(1);
        mark.Signature!.Length.ShouldBe(32);
        Text(page, "#verdict").ShouldBe("经核验，该内容哈希是本系统中已批复的申报表版本的内容哈希。");
        var facts = page.QuerySelectorAll("#approved dt").Select(dt => (dt.TextContent.Trim(), dt.NextElementSibling!.TextContent.Trim())).ToList();
        facts.Take(4).ShouldBe(
        [
            ("项目名称", Project),
            ("单位", Department),
            ("版本", "第 1 版"),
            ("批复时间", $"{ChinaTime.Format(approvedAt)}（北京时间）"),
        ]);
        page.QuerySelectorAll("#sections li").Select(li => li.TextContent.Trim()).ShouldBe(["业务股室", "绩效管理股"]);
        Text(page, "#signature").ShouldBe("核验码一致：纸件上的核验码由本系统签发。");
        Text(page, "#about").ShouldBe("本标记为本系统的审批核验标记，不是 GB/T 38540 规定的电子签章。");
        foreach (var secret in new[] { "业务股室意见", "绩效管理股意见", "reviewer-business", "reviewer-performance", "业务股室审核人", "绩效管理股审核人", "filer-shanhaiguan", "山海关填报人" })
        {
            html.ShouldNotContain(secret);
        }

        var wrong = (mark.Signature[0] == '0' ? "1" : "0") + mark.Signature[1..];
        var (forgedStatus, forged, _) = await VerifyAsync(anonymous, $"/verify/{mark.ContentHash}?s={wrong}");
        forgedStatus.ShouldBe(HttpStatusCode.OK);
        Text(forged, "#signature").ShouldBe("核验码不一致：纸件上的核验标记不是本系统签发的，不能据此认定该纸件已经批复，请与财政部门核实。");

        var (typedStatus, typed, _) = await VerifyAsync(anonymous, $"/verify/{mark.ContentHash.ToUpperInvariant()}");
        typedStatus.ShouldBe(HttpStatusCode.OK);
        Text(typed, "#signature").ShouldBe("未提供核验码，以上仅核对了内容哈希。");
    }

    [Fact]
    public async Task A_version_submitted_approved_in_part_or_returned_answers_404_as_an_unknown_hash_does()
    {
        await using var app = await DemoAppAsync();
        var id = await app.DeclarationIdAsync(Project);
        var anonymous = app.CreateClient();
        await ReviewSteps.SubmitAsync(await app.FilerOfDepartmentAsync(Shanhaiguan), id);
        var hash = await app.QueryAsync(db => db.DeclarationVersions.Where(v => v.DeclarationId == id).Select(v => v.ContentHash).SingleAsync());
        var seen = new List<(HttpStatusCode, string)> { Verdict(await VerifyAsync(anonymous, $"/verify/{hash}")) };

        await ReviewSteps.DecideAsync(await app.SignInAsync("reviewer-business"), id, "Approve", null);
        seen.Add(Verdict(await VerifyAsync(anonymous, $"/verify/{hash}")));
        await ReviewSteps.DecideAsync(await app.SignInAsync("reviewer-performance"), id, "Return", "请调整满意度指标。");
        seen.Add(Verdict(await VerifyAsync(anonymous, $"/verify/{hash}")));
        seen.Add(Verdict(await VerifyAsync(anonymous, $"/verify/{DeclarationVersion.HashOf("no such version")}?s=0123456789abcdef0123456789abcdef")));

        seen.ShouldBe(Enumerable.Repeat((HttpStatusCode.NotFound, NotApproved), 4));
        (await MarkAsync(app, id)).ShouldBeNull();

        static (HttpStatusCode, string) Verdict((HttpStatusCode Status, IHtmlDocument Page, string Html) answer) => (answer.Status, Text(answer.Page, "#verdict"));
    }

    [Theory]
    [InlineData("/verify/abc")]
    [InlineData("/verify/0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde")]
    [InlineData("/verify/0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdeg")]
    [InlineData("/verify/%27%3Cscript%3E")]
    public async Task A_malformed_hash_answers_404_saying_what_a_hash_looks_like(string path)
    {
        var app = installed.App;

        var (status, page, html) = await VerifyAsync(app.CreateClient(), path);

        status.ShouldBe(HttpStatusCode.NotFound);
        Text(page, "#verdict").ShouldStartWith("核验地址有误：内容哈希应为 64 位十六进制字符");
        html.ShouldNotContain("<script>");
    }

    [Fact]
    public async Task Without_a_key_demo_mode_keeps_one_in_the_data_folder_so_marks_survive_a_restart()
    {
        var hash = DeclarationVersion.HashOf("content");
        string? first;
        string folder;
        await using (var app = new PerfTargetsApp(await databases.DemoAsync(DatabaseProvider.Sqlite)))
        {
            first = app.Services.GetRequiredService<ApprovalMarkSigner>().Sign(hash, 1, 1);
            folder = app.Services.GetRequiredService<IHostEnvironment>().ContentRootPath;
        }

        await using var restarted = await databases.DemoAppAsync();

        first.ShouldNotBeNull();
        restarted.Services.GetRequiredService<ApprovalMarkSigner>().Sign(hash, 1, 1).ShouldBe(first);
        SecretKey.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "data", "verification.key")), "file", "核验").Length.ShouldBe(32);
    }

    [Fact]
    public async Task Outside_demo_mode_without_a_key_marks_are_not_signed()
    {
        var app = installed.App;

        app.Services.GetRequiredService<ApprovalMarkSigner>().Signs.ShouldBeFalse();
    }

    [Fact]
    public async Task Past_the_limit_a_client_is_answered_429_in_Chinese_and_other_pages_are_not_limited()
    {
        await using var app = new PerfTargetsApp(await databases.InstalledAsync(DatabaseProvider.Sqlite))
        {
            Settings = new Dictionary<string, string> { ["Verification:RequestsPerMinute"] = "3" },
        };
        var client = app.CreateClient();
        var path = $"/verify/{DeclarationVersion.HashOf("unknown")}";

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await client.GetAsync(path)).StatusCode);
        }

        var refused = await client.GetAsync(path);

        statuses.ShouldAllBe(s => s == HttpStatusCode.NotFound);
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.ShouldNotBeNull();
        var page = new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        Text(page, "main h1").ShouldBe("请求过于频繁");
        Text(page, "main h1 + p").ShouldBe("短时间内的请求次数超过了上限，请一分钟后再试。");
        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Bare_verify_offers_a_form_for_the_address_or_the_hash_and_the_code()
    {
        var app = shared.App;

        var answer = await app.CreateClient().GetAsync("/verify");
        var page = Html.Parse(await answer.Content.ReadAsStringAsync());

        answer.StatusCode.ShouldBe(HttpStatusCode.OK);
        var form = page.GetElementById("verify-form").ShouldNotBeNull();
        form.GetAttribute("method").ShouldBe("get");
        form.GetAttribute("action").ShouldBe("/verify");
        page.QuerySelector("label[for='verify-address']")!.TextContent.ShouldBe("核验网址或内容哈希");
        page.QuerySelector("label[for='verify-signature']")!.TextContent.ShouldBe("核验码");
        form.QuerySelector("#verify-address")!.GetAttribute("name").ShouldBe("address");
        form.QuerySelector("#verify-signature")!.GetAttribute("name").ShouldBe("s");
        page.GetElementById("verdict")!.TextContent.ShouldNotContain("有误");
    }

    [Theory]
    [InlineData("https://perf.example.cn/verify/{0}?s=c0de", "", "/verify/{0}?s=c0de")]
    [InlineData("  /verify/{1}?s=c0de ", "", "/verify/{0}?s=c0de")]
    [InlineData("{1}", "c0de", "/verify/{0}?s=c0de")]
    [InlineData("{0}", "", "/verify/{0}")]
    [InlineData("https://perf.example.cn/verify/{0}?s=old", "new", "/verify/{0}?s=new")]
    public async Task A_pasted_address_or_hash_goes_to_its_verify_page(string address, string code, string expected)
    {
        var app = shared.App;
        var hash = DeclarationVersion.HashOf("pasted");
        string Fill(string text) => string.Format(System.Globalization.CultureInfo.InvariantCulture, text, hash, hash.ToUpperInvariant());

        var answer = await app.CreateClient(new() { AllowAutoRedirect = false })
            .GetAsync($"/verify?address={Uri.EscapeDataString(Fill(address))}&s={Uri.EscapeDataString(code)}");

        answer.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        answer.Headers.Location!.OriginalString.ShouldBe(Fill(expected));
    }

    [Fact]
    public async Task An_unreadable_address_is_said_so_and_offered_again_in_the_form()
    {
        var app = shared.App;

        var answer = await app.CreateClient().GetAsync("/verify?address=https%3A%2F%2Fperf.example.cn%2Fverify%2Fabc&s=");
        var page = Html.Parse(await answer.Content.ReadAsStringAsync());

        answer.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        page.GetElementById("verdict")!.TextContent.ShouldStartWith("核验地址有误");
        page.GetElementById("verify-address")!.GetAttribute("value").ShouldBe("https://perf.example.cn/verify/abc");
    }
}
