using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Departments;
using PerfTargets.Data;
using PerfTargets.Data.Accounts;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;
using static PerfTargets.Web.Tests.DemoDepartments;

namespace PerfTargets.Web.Tests.Pages.Declarations;

public class DeclarationPagesTests(TestDatabases databases, SharedDemoApp shared) : IClassFixture<TestDatabases>, IClassFixture<SharedDemoApp>
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_list_shows_the_eleven_seed_declarations(DatabaseProvider provider)
    {
        var app = await shared.OnAsync(provider);

        var html = await (await app.AdminAsync()).GetStringAsync("/declarations");

        Html.DeclarationLinks(html).Count.ShouldBe(11);
        html.ShouldContain("项目支出绩效目标申报表");
        html.ShouldContain("新媒体软课题费");
        html.ShouldContain("年度资金（元）");
        html.ShouldContain("<td class=\"money\">449,000.00</td>");
        html.ShouldContain("lang=\"zh-CN\"");
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_list_totals_the_annual_funds_of_what_it_filtered_in_the_unit_chosen(DatabaseProvider provider)
    {
        var client = await (await shared.OnAsync(provider)).AdminAsync();

        // 156,200 + 449,000 + 6,580,000 (2022) + 150,000 (2023) 元, each row in the same unit as the total.
        Html.ListTotal(await client.GetStringAsync("/declarations")).ShouldBe("7,335,200.00");
        Html.ListTotal(await client.GetStringAsync("/declarations?year=2022")).ShouldBe("6,580,000.00");
        var inTenThousand = await client.GetStringAsync("/declarations?unit=TenThousandYuan");
        Html.ListTotal(inTenThousand).ShouldBe("733.52");
        inTenThousand.ShouldContain("年度资金（万元）");
        inTenThousand.ShouldContain("<td class=\"money\">44.9</td>");
        Html.Parse(inTenThousand).QuerySelectorAll("tbody td.money").Select(td => td.TextContent).ShouldNotContain(t => t.Contains('元'));
    }

    [Fact]
    public async Task The_list_filters_by_state_section_and_problems()
    {
        var client = await shared.App.AdminAsync();

        Html.ListCount(await client.GetStringAsync("/declarations?state=draft")).ShouldBe(11);
        Html.ListCount(await client.GetStringAsync("/declarations?state=approved")).ShouldBe(0);
        Html.ListCount(await client.GetStringAsync("/declarations?state=returned")).ShouldBe(0);
        Html.ListCount(await client.GetStringAsync("/declarations?section=1")).ShouldBe(0);
        // Errors in 新媒体建设经费, 新媒体软课题费, 网络媒体协会运行经费 and 宿州发布运营经费 (SeedValidationTests); warnings in all.
        var withErrors = await client.GetStringAsync("/declarations?problems=errors");
        Html.ListCount(withErrors).ShouldBe(4);
        withErrors.ShouldContain("新媒体软课题费");
        Html.ListCount(await client.GetStringAsync("/declarations?problems=warnings&year=2022")).ShouldBe(7);
        // A filter it cannot read is left out, as a malformed year is.
        Html.ListCount(await client.GetStringAsync("/declarations?state=pending&problems=some&unit=wan")).ShouldBe(11);
    }

    [Fact]
    public async Task The_total_covers_every_page_not_only_the_one_shown()
    {
        await using var app = new PerfTargetsApp(await databases.InstalledAsync(DatabaseProvider.Sqlite));
        var client = await app.NewAdminAsync();
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PerfTargetsDbContext>();
            var department = new Department { Code = "999001", Name = "测试单位" };
            db.Departments.Add(department);
            await db.SaveChangesAsync();
            var framework = await db.IndicatorFrameworks.FirstAsync();
            // 0.1 元 twenty-five times is 2.5 元 exactly, not 2.5000000000000004.
            db.Declarations.AddRange(Enumerable.Range(1, 25).Select(i => new Declaration
            {
                BudgetYear = 2026, DepartmentId = department.Id, FrameworkId = framework.Id, ProjectName = $"项目{i}", AnnualFunding = new FundingSplit { Total = 0.1m },
            }));
            await db.SaveChangesAsync();
        }

        var second = await client.GetStringAsync("/declarations?p=2");

        Html.DeclarationLinks(second).Count.ShouldBe(5);
        Html.ListTotal(second).ShouldBe("2.50");
        Html.ListTotal(await client.GetStringAsync("/declarations?unit=TenThousandYuan")).ShouldBe("0.00025");
    }

    [Fact]
    public async Task The_home_page_leads_to_the_list()
    {
        var app = shared.App;
        var client = await app.AdminAsync();

        var response = await client.GetAsync("/");

        response.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/declarations");
    }

    [Fact]
    public async Task The_list_filters_by_year_and_department()
    {
        var app = shared.App;
        var client = await app.AdminAsync();
        int suzhou;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PerfTargetsDbContext>();
            suzhou = (await db.Departments.SingleAsync(d => d.Code == "341300001")).Id;
        }

        Html.DeclarationLinks(await client.GetStringAsync("/declarations?year=2022")).Count.ShouldBe(7);
        Html.DeclarationLinks(await client.GetStringAsync($"/declarations?department={suzhou}")).Count.ShouldBe(6);
        Html.DeclarationLinks(await client.GetStringAsync($"/declarations?year=2023&department={suzhou}")).ShouldBeEmpty();
        Html.DeclarationLinks(await client.GetStringAsync("/declarations?year=abc&p=-3")).Count.ShouldBe(11);
    }

    [Fact]
    public async Task The_list_pages_by_twenty()
    {
        await using var app = new PerfTargetsApp(await databases.InstalledAsync(DatabaseProvider.Sqlite));
        var client = await app.NewAdminAsync();
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PerfTargetsDbContext>();
            var department = new Department { Code = "999001", Name = "测试单位" };
            db.Departments.Add(department);
            await db.SaveChangesAsync();
            var framework = await db.IndicatorFrameworks.FirstAsync();
            db.Declarations.AddRange(Enumerable.Range(1, 25).Select(i => new Declaration
            {
                BudgetYear = 2026, DepartmentId = department.Id, FrameworkId = framework.Id, ProjectName = $"项目{i}",
            }));
            await db.SaveChangesAsync();
        }

        Html.DeclarationLinks(await client.GetStringAsync("/declarations")).Count.ShouldBe(20);
        var second = await client.GetStringAsync("/declarations?p=2");
        Html.DeclarationLinks(second).Count.ShouldBe(5);
        Html.DeclarationLinks(await client.GetStringAsync("/declarations?p=99")).ShouldBe(Html.DeclarationLinks(second));
    }

    [Fact]
    public async Task An_empty_installation_says_there_is_nothing_yet()
    {
        await using var app = new PerfTargetsApp(await databases.InstalledAsync(DatabaseProvider.Sqlite));

        var html = await (await app.NewAdminAsync()).GetStringAsync("/declarations");

        Html.DeclarationLinks(html).ShouldBeEmpty();
        html.ShouldContain("暂无申报表");
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Every_seed_declaration_shows_every_section_and_its_indicator_tree(DatabaseProvider provider)
    {
        var app = await shared.OnAsync(provider);
        var client = await app.AdminAsync();
        List<Declaration> declarations;
        using (var scope = app.Services.CreateScope())
        {
            declarations = await scope.ServiceProvider.GetRequiredService<PerfTargetsDbContext>().Declarations.AsNoTracking().ToListAsync();
        }

        foreach (var declaration in declarations)
        {
            // A level's name may carry a <wbr> where it may wrap (服务对象<wbr>满意度指标): its text is whole without it.
            var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/declarations/{declaration.Id}")).Replace("<wbr>", "", StringComparison.Ordinal);

            html.ShouldContain(declaration.ProjectName);
            foreach (var section in new[] { "基本信息", "项目资金", "绩效目标", "绩效指标" })
            {
                html.ShouldContain(section, customMessage: declaration.ProjectName);
            }

            foreach (var indicator in declaration.Indicators)
            {
                html.ShouldContain(indicator.Level1);
                html.ShouldContain(indicator.Level2);
                html.ShouldContain(indicator.Name);
                html.ShouldContain(indicator.Annual.Display());
            }
        }
    }

    [Fact]
    public async Task The_indicator_tree_spans_its_level_one_and_two_cells()
    {
        var app = shared.App;
        int id;
        using (var scope = app.Services.CreateScope())
        {
            id = (await scope.ServiceProvider.GetRequiredService<PerfTargetsDbContext>().Declarations
                .SingleAsync(d => d.ProjectName == "网络安全和信息化工作经费")).Id;
        }

        var html = await (await app.AdminAsync()).GetStringAsync($"/declarations/{id}");

        // 产出指标 holds 5 数量 + 1 质量 + 1 时效 + 1 成本 indicators in this seed form.
        html.ShouldContain("""<td class="level level-1" rowspan="8">产出指标</td>""");
        html.ShouldContain("""<td class="level level-2" rowspan="5">数量指标</td>""");
        html.ShouldContain("绩效指标（共 13 项）");
    }

    [Theory]
    [InlineData("/declarations/999999")]
    [InlineData("/declarations/0")]
    [InlineData("/no-such-page")]
    public async Task A_missing_page_answers_404_with_a_chinese_message(string path)
    {
        var app = shared.App;

        var response = await (await app.AdminAsync()).GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("找不到该页面");
        html.ShouldNotContain("Exception");
    }

    [Fact]
    public async Task A_declaration_id_that_is_not_a_number_is_not_found()
    {
        var app = shared.App;

        (await (await app.AdminAsync()).GetAsync("/declarations/abc")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_list_counts_the_problems_of_each_declaration()
    {
        var app = shared.App;

        var html = await (await app.AdminAsync()).GetStringAsync("/declarations?year=2019");

        html.ShouldContain("审核检查");
        html.ShouldContain("个错误</span>");
    }

    [Fact]
    public async Task Seed_001_shows_why_it_cannot_be_submitted_and_where()
    {
        var app = shared.App;
        int id;
        using (var scope = app.Services.CreateScope())
        {
            id = (await scope.ServiceProvider.GetRequiredService<PerfTargetsDbContext>().Declarations
                .SingleAsync(d => d.ProjectName == "新媒体软课题费")).Id;
        }

        var html = await (await app.AdminAsync()).GetStringAsync($"/declarations/{id}");

        html.ShouldContain("还有 2 处错误，改正后才能提交审核。");
        html.ShouldContain("预算明细合计 200,000.00 元，与年度资金总额 449,000.00 元不符，少 249,000.00 元。");
        html.ShouldContain("href=\"#budget-lines\"");
        html.ShouldContain("id=\"budget-lines\"");
    }

    [Fact]
    public async Task A_misfiled_indicator_row_is_marked_and_linked()
    {
        var app = shared.App;
        int id;
        using (var scope = app.Services.CreateScope())
        {
            id = (await scope.ServiceProvider.GetRequiredService<PerfTargetsDbContext>().Declarations
                .SingleAsync(d => d.ProjectName == "宿州发布运营经费")).Id;
        }

        var html = await (await app.AdminAsync()).GetStringAsync($"/declarations/{id}");

        html.ShouldContain("二级指标“社会效益指标”不能列在一级指标“满意度指标”下");
        var anchor = System.Text.RegularExpressions.Regex.Match(html, "href=\"#(indicator-\\d+)\"[^>]*>\\s*<span class=\"fw-semibold\">错误</span>\\s*<span class=\"text-secondary\">\\[R08\\]").Groups[1].Value;
        anchor.ShouldNotBeNullOrEmpty();
        html.ShouldContain($"<tr id=\"{anchor}\" class=\"table-danger\">");
    }

    [Fact]
    public async Task Indicator_levels_break_only_before_their_closing_word_and_the_content_keeps_the_table_font()
    {
        var app = shared.App;
        var id = await app.DeclarationIdAsync("网络舆情综合管理");

        var html = await (await app.FilerOfDepartmentAsync(Shanhaiguan)).GetStringAsync($"/declarations/{id}");

        html.ShouldContain("<td class=\"level level-2\" rowspan=\"1\">服务对象<wbr>满意度指标</td>");
        html.ShouldContain("<td class=\"level level-1\" rowspan=\"1\">满意度指标</td>");
        var tree = Html.Parse(html).QuerySelector("table.indicator-tree").ShouldNotBeNull();
        tree.QuerySelectorAll("td.small").ShouldBeEmpty();
    }

    [Fact]
    public async Task The_view_fixes_the_widths_of_its_label_columns()
    {
        var app = shared.App;
        var id = await app.DeclarationIdAsync("新媒体软课题费");

        var page = Html.Parse(await (await app.FilerOfDepartmentAsync(Portal)).GetStringAsync($"/declarations/{id}"));

        var header = page.GetElementById("header-table").ShouldNotBeNull();
        header.ClassList.ShouldContain("fixed-labels");
        header.QuerySelectorAll("colgroup > col").Select(c => c.ClassName ?? "").ShouldBe(["label", "", "label", ""]);
        page.QuerySelectorAll("#narrative-table colgroup > col").Select(c => c.ClassName ?? "").ShouldBe(["label-wide", ""]);
        var css = await app.CreateClient().GetStringAsync("/css/site.css");
        css.ShouldContain(".form-grid.fixed-labels { table-layout: fixed; }");
    }

    [Fact]
    public async Task A_draft_without_problems_reads_no_problems_not_passed()
    {
        // Every seed keeps real problems; a draft in which the rules find nothing is entered for 宿州市委网信办
        // (in an application of its own: the shared one's lists are counted by other tests).
        await using var app = await databases.DemoAppAsync();
        await CleanDeclarations.CreateAsync(app, DemoAccounts.Filers["341300001"].UserName);
        var list = await (await app.FilerOfDepartmentAsync("341300001")).GetStringAsync("/declarations");

        list.ShouldNotContain("✓ 通过");
        list.ShouldContain("✓ 无问题");
    }

    [Fact]
    public async Task The_view_says_the_errors_once_in_the_problem_panel()
    {
        var app = shared.App;
        var id = await app.DeclarationIdAsync("新媒体软课题费");

        var page = Html.Parse(await (await app.FilerOfDepartmentAsync(Portal)).GetStringAsync($"/declarations/{id}"));

        var main = page.QuerySelector("main")!.TextContent;
        (main.Length - main.Replace("改正后才能提交审核", "").Length).ShouldBe("改正后才能提交审核".Length);
        page.GetElementById("problems-title")!.TextContent.ShouldContain("还有 2 处错误，改正后才能提交审核。");
    }
}
