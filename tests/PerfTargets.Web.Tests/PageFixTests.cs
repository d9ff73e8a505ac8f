using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Review;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;

namespace PerfTargets.Web.Tests;

/// <summary>
/// The fixes of a screenshot review at 1366×768, read from the served HTML: indicator levels that
/// break only between words, label columns of fixed width, wide enough editor fields, the goals
/// page's toolbar after its subtitle, wordings that do not read as approval, no badge at zero, the
/// verify form, and the error count said once.
/// </summary>
public class PageFixTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private const string Shanhaiguan = "224002";
    private const string Portal = "310101901";

    private async Task<PerfTargetsApp> DemoAppAsync() => new(await databases.DemoAsync(DatabaseProvider.Sqlite));

    private static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    [Fact]
    public async Task PageFix_indicator_levels_break_only_before_their_closing_word_and_the_content_keeps_the_table_font()
    {
        await using var app = await DemoAppAsync();
        var id = await app.DeclarationIdAsync("网络舆情综合管理");

        var html = await (await app.FilerOfDepartmentAsync(Shanhaiguan)).GetStringAsync($"/declarations/{id}");

        html.ShouldContain("<td class=\"level level-2\" rowspan=\"1\">服务对象<wbr>满意度指标</td>");
        html.ShouldContain("<td class=\"level level-1\" rowspan=\"1\">满意度指标</td>");
        var tree = Parse(html).QuerySelector("table.indicator-tree").ShouldNotBeNull();
        tree.QuerySelectorAll("td.small").ShouldBeEmpty();
    }

    [Fact]
    public async Task PageFix_the_view_fixes_the_widths_of_its_label_columns()
    {
        await using var app = await DemoAppAsync();
        var id = await app.DeclarationIdAsync("新媒体软课题费");

        var page = Parse(await (await app.FilerOfDepartmentAsync(Portal)).GetStringAsync($"/declarations/{id}"));

        var header = page.GetElementById("header-table").ShouldNotBeNull();
        header.ClassList.ShouldContain("fixed-labels");
        header.QuerySelectorAll("colgroup > col").Select(c => c.ClassName ?? "").ShouldBe(["label", "", "label", ""]);
        page.QuerySelectorAll("#narrative-table colgroup > col").Select(c => c.ClassName ?? "").ShouldBe(["label-wide", ""]);
        var css = await app.CreateClient().GetStringAsync("/css/site.css");
        css.ShouldContain(".form-grid.fixed-labels { table-layout: fixed; }");
    }

    [Fact]
    public async Task PageFix_the_editor_gives_long_names_their_width()
    {
        await using var app = await DemoAppAsync();
        var id = await app.DeclarationIdAsync("新媒体软课题费");

        var page = Parse(await (await app.FilerOfDepartmentAsync(Portal)).GetStringAsync($"/declarations/{id}/edit"));

        page.QuerySelectorAll("table[data-rows='budget-lines'] thead th.col-item").Select(th => th.TextContent).ShouldBe(["支出明细项目", "项目内容"]);
        var css = await app.CreateClient().GetStringAsync("/css/site.css");
        css.ShouldContain(".budget-editor .col-item { min-width: 16.5rem; }");
        css.ShouldContain(".indicator-editor .js-level2 { min-width: 11.75rem; }");
    }

    [Fact]
    public async Task PageFix_the_goals_page_has_its_subtitle_under_the_title_and_the_print_controls_after_it()
    {
        await using var app = await DemoAppAsync();
        var department = await app.QueryAsync(db => db.Departments.Where(d => d.Code == Shanhaiguan).Select(d => d.Id).SingleAsync());

        var page = Parse(await (await app.FilerOfDepartmentAsync(Shanhaiguan)).GetStringAsync($"/departments/{department}/goals/2023"));

        var h1 = page.QuerySelector("main h1").ShouldNotBeNull();
        h1.NextElementSibling!.TextContent.ShouldContain("（224002）");
        h1.NextElementSibling.NextElementSibling!.Id.ShouldBe("goals-toolbar");
        page.GetElementById("goals-toolbar")!.QuerySelector(".print-form, form").ShouldNotBeNull();
        var numbers = page.QuerySelectorAll("main table tbody tr > td:first-child");
        numbers.ShouldNotBeEmpty();
        numbers.ShouldAllBe(td => td.ClassList.Contains("duty-number") && !td.ClassList.Contains("align-middle"));
    }

    [Fact]
    public async Task PageFix_a_draft_without_problems_reads_no_problems_not_passed()
    {
        await using var app = await DemoAppAsync();

        var list = await (await app.FilerOfDepartmentAsync(Shanhaiguan)).GetStringAsync("/declarations");

        list.ShouldNotContain("✓ 通过");
        list.ShouldContain("✓ 无问题");
    }

    [Fact]
    public async Task PageFix_the_notice_shows_no_badge_at_zero_and_the_count_above()
    {
        await using var app = await DemoAppAsync();

        var page = Parse(await (await app.FilerOfDepartmentAsync(Shanhaiguan)).GetStringAsync("/declarations"));

        var notice = page.GetElementById("notice").ShouldNotBeNull();
        notice.QuerySelector(".badge").ShouldBeNull();
        Html.Notice(page.DocumentElement.OuterHtml).ShouldBe("被退回");
    }

    [Fact]
    public async Task PageFix_bare_verify_offers_a_form_for_the_address_or_the_hash_and_the_code()
    {
        await using var app = await DemoAppAsync();

        var answer = await app.CreateClient().GetAsync("/verify");
        var page = Parse(await answer.Content.ReadAsStringAsync());

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
    public async Task PageFix_a_pasted_address_or_hash_goes_to_its_verify_page(string address, string code, string expected)
    {
        await using var app = await DemoAppAsync();
        var hash = DeclarationVersion.HashOf("pasted");
        string Fill(string text) => string.Format(System.Globalization.CultureInfo.InvariantCulture, text, hash, hash.ToUpperInvariant());

        var answer = await app.CreateClient(new() { AllowAutoRedirect = false })
            .GetAsync($"/verify?address={Uri.EscapeDataString(Fill(address))}&s={Uri.EscapeDataString(code)}");

        answer.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        answer.Headers.Location!.OriginalString.ShouldBe(Fill(expected));
    }

    [Fact]
    public async Task PageFix_an_unreadable_address_is_said_so_and_offered_again_in_the_form()
    {
        await using var app = await DemoAppAsync();

        var answer = await app.CreateClient().GetAsync("/verify?address=https%3A%2F%2Fperf.example.cn%2Fverify%2Fabc&s=");
        var page = Parse(await answer.Content.ReadAsStringAsync());

        answer.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        page.GetElementById("verdict")!.TextContent.ShouldStartWith("核验地址有误");
        page.GetElementById("verify-address")!.GetAttribute("value").ShouldBe("https://perf.example.cn/verify/abc");
    }

    [Fact]
    public async Task PageFix_the_view_says_the_errors_once_in_the_problem_panel()
    {
        await using var app = await DemoAppAsync();
        var id = await app.DeclarationIdAsync("新媒体软课题费");

        var page = Parse(await (await app.FilerOfDepartmentAsync(Portal)).GetStringAsync($"/declarations/{id}"));

        var main = page.QuerySelector("main")!.TextContent;
        (main.Length - main.Replace("改正后才能提交审核", "").Length).ShouldBe("改正后才能提交审核".Length);
        page.GetElementById("problems-title")!.TextContent.ShouldContain("还有 2 处错误，改正后才能提交审核。");
    }
}
