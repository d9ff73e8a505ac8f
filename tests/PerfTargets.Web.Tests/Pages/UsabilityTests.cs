using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Data.Accounts;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;
using static PerfTargets.Web.Tests.DemoDepartments;

namespace PerfTargets.Web.Tests.Pages;

/// <summary>
/// What a keyboard or screen-reader user depends on, read from the served HTML: every field named,
/// errors tied to their fields, empty lists that say so, the skip link and the print stylesheet.
/// </summary>
public partial class UsabilityTests(TestDatabases databases, SharedDemoApp shared) : IClassFixture<TestDatabases>, IClassFixture<SharedDemoApp>
{
    /// <summary>The fields of the page's main content a user fills in, without the hidden ones and the editor's row templates.</summary>
    private static List<IElement> Fields(IHtmlDocument page) =>
        page.QuerySelectorAll("main input, main select, main textarea")
            .Where(e => e.Closest("template") is null && e.GetAttribute("type") is not ("hidden" or "submit" or "button"))
            .ToList();

    /// <summary>The field's accessible name from aria-label, aria-labelledby, a label for its id, or an enclosing label.</summary>
    private static string? NameOf(IHtmlDocument page, IElement field)
    {
        if (field.GetAttribute("aria-label") is { Length: > 0 } label)
        {
            return label;
        }

        if (field.GetAttribute("aria-labelledby") is { Length: > 0 } ids)
        {
            return string.Join(' ', ids.Split(' ').Select(id => page.GetElementById(id)?.TextContent.Trim()));
        }

        if (field.Id is { Length: > 0 } id && page.QuerySelectorAll("label").FirstOrDefault(l => l.GetAttribute("for") == id) is { } forLabel)
        {
            return forLabel.TextContent.Trim();
        }

        return field.Closest("label")?.TextContent.Trim();
    }

    private static void EveryFieldIsNamed(string url, string html)
    {
        var page = Html.Parse(html);
        var fields = Fields(page);
        fields.ShouldNotBeEmpty(url);
        var unnamed = fields.Where(f => string.IsNullOrWhiteSpace(NameOf(page, f))).Select(f => f.GetAttribute("name") ?? f.OuterHtml).ToList();
        unnamed.ShouldBeEmpty($"{url}: fields without a label or aria-label");
    }

    [Fact]
    public async Task Every_field_of_the_main_forms_has_a_label_or_an_aria_label()
    {
        var app = shared.App;
        var id = await app.DeclarationIdAsync("网络舆情综合管理");
        var filer = await app.FilerOfAsync(id);
        var department = await app.QueryAsync(db => db.Departments.Where(d => d.Code == "224002").Select(d => d.Id).SingleAsync());
        foreach (var url in new[] { "/declarations", "/declarations/new", $"/declarations/{id}", $"/declarations/{id}/edit", $"/declarations/{id}/copy", $"/departments/{department}/goals/2023", "/account/password", "/declarations/import" })
        {
            EveryFieldIsNamed(url, await filer.GetStringAsync(url));
        }

        var admin = await app.AdminAsync();
        foreach (var url in new[] { "/admin/users", "/admin/departments", "/admin/sections", "/admin/seals", "/admin/years", "/admin/printing", "/admin/audit", "/admin/tokens" })
        {
            EveryFieldIsNamed(url, await admin.GetStringAsync(url));
        }

        EveryFieldIsNamed("/review", await (await app.SignInAsync(DemoAccounts.Reviewers[0].UserName)).GetStringAsync("/review"));
        EveryFieldIsNamed("/account/login", await app.CreateClient().GetStringAsync("/account/login"));
    }

    [Fact]
    public async Task The_editor_names_each_cell_of_a_row_with_its_row_number()
    {
        var app = shared.App;
        var id = await app.DeclarationIdAsync("网络舆情综合管理");
        var page = Html.Parse(await (await app.FilerOfAsync(id)).GetStringAsync($"/declarations/{id}/edit"));

        var rows = page.QuerySelectorAll("[data-rows=indicators] .editor-row").ToList();
        rows.Count.ShouldBe(3);
        for (var i = 0; i < rows.Count; i++)
        {
            var labels = rows[i].QuerySelectorAll("input:not([type=hidden]), select, textarea").Select(f => f.GetAttribute("aria-label")).ToList();
            labels.ShouldAllBe(label => label != null && label.StartsWith($"第{i + 1}行 ", StringComparison.Ordinal));
        }

        rows[2].QuerySelector("textarea[name$='.Annual.Value']")!.GetAttribute("aria-label").ShouldBe("第3行 年度指标值");
        var template = (IHtmlTemplateElement)page.QuerySelector("#budget-line-template")!;
        template.Content.QuerySelector(".js-amount")!.GetAttribute("aria-label").ShouldBe("新行 金额");
    }

    [Fact]
    public async Task The_required_fields_of_the_new_declaration_form_are_marked()
    {
        var app = shared.App;
        var page = Html.Parse(await (await app.FilerOfDepartmentAsync("224002")).GetStringAsync("/declarations/new"));

        foreach (var id in new[] { "Input_BudgetYear", "Input_ProjectName", "Input_DepartmentId", "Input_Kind" })
        {
            page.GetElementById(id)!.HasAttribute("required").ShouldBeTrue(id);
            page.QuerySelector($"label[for={id}]")!.ClassList.ShouldContain("required");
        }

        page.GetElementById("Input_FrameworkId")!.HasAttribute("required").ShouldBeFalse();
    }

    /// <summary>The field is marked invalid and described by an element that holds its message.</summary>
    private static string MessageOf(IHtmlDocument page, string fieldId)
    {
        var field = page.GetElementById(fieldId).ShouldNotBeNull(fieldId);
        field.GetAttribute("aria-invalid").ShouldBe("true", fieldId);
        field.ClassList.ShouldContain("is-invalid");
        var describedBy = field.GetAttribute("aria-describedby").ShouldNotBeNull(fieldId);
        var message = page.GetElementById(describedBy).ShouldNotBeNull($"{fieldId}: no element {describedBy}");
        return message.TextContent.Trim();
    }

    [Fact]
    public async Task A_refused_new_declaration_ties_each_message_to_its_field()
    {
        var app = shared.App;
        var form = await PageForm.LoadAsync(await app.FilerOfDepartmentAsync("224002"), "/declarations/new");

        var page = Html.Parse(await (await form.Set("Input.BudgetYear", "abc").Set("Input.ProjectName", "").PostAsync()).Content.ReadAsStringAsync());

        MessageOf(page, "Input_BudgetYear").ShouldNotBeEmpty();
        MessageOf(page, "Input_ProjectName").ShouldNotBeEmpty();
        page.GetElementById("Input_MoneyUnit")!.HasAttribute("aria-invalid").ShouldBeFalse();
    }

    [Fact]
    public async Task An_unreadable_amount_in_the_editor_is_announced_with_its_field()
    {
        var app = shared.App;
        var id = await app.DeclarationIdAsync("网络舆情综合管理");
        var form = await PageForm.LoadAsync(await app.FilerOfAsync(id), $"/declarations/{id}/edit");

        var html = await (await form.Set("Input.AnnualFunding.Amounts[Total]", "十万").PostAsync()).Content.ReadAsStringAsync();
        var page = Html.Parse(html);

        MessageOf(page, "Input_AnnualFunding_Amounts_Total_").ShouldContain("“十万”不是有效的金额");
        page.GetElementById("Input_ProjectName")!.HasAttribute("aria-invalid").ShouldBeFalse();
        page.QuerySelector("main .alert-danger")!.GetAttribute("role").ShouldBe("alert");
    }

    [Fact]
    public async Task A_budget_line_the_rules_question_is_described_by_its_messages_at_every_cell()
    {
        await using var app = await databases.DemoAppAsync();
        var id = await app.DeclarationIdAsync("网络舆情综合管理");
        var form = await PageForm.LoadAsync(await app.FilerOfAsync(id), $"/declarations/{id}/edit");
        form.Fields.Add(new("Input.BudgetLines.Index", "t1"));
        form.Set("Input.BudgetLines[t1].Key", "t1").Set("Input.BudgetLines[t1].Item", "运维").Set("Input.BudgetLines[t1].Quantity", "2")
            .Set("Input.BudgetLines[t1].UnitStandard", "100").Set("Input.BudgetLines[t1].Amount", "150");

        var page = Html.Parse(await (await form.PostAsync()).Content.ReadAsStringAsync());

        var row = page.GetElementById("budget-line-0").ShouldNotBeNull();
        var messages = page.GetElementById("budget-line-0-messages").ShouldNotBeNull();
        messages.TextContent.ShouldContain("错误");
        row.QuerySelectorAll("input:not([type=hidden])").Select(f => f.GetAttribute("aria-describedby")).ShouldAllBe(d => d == "budget-line-0-messages");
        row.QuerySelector("input[name$='.Amount']")!.GetAttribute("aria-label").ShouldBe("第1行 金额");
    }

    [Fact]
    public async Task An_audit_filter_it_cannot_read_is_announced_at_its_field()
    {
        var app = shared.App;

        var page = Html.Parse(await (await app.AdminAsync()).GetStringAsync("/admin/audit?declaration=abc"));

        MessageOf(page, "declaration").ShouldNotBeEmpty();
        page.GetElementById("search-refused")!.GetAttribute("role").ShouldBe("alert");
    }

    [Fact]
    public async Task Empty_lists_say_what_is_missing_for_each_role()
    {
        var app = shared.App;
        var filer = await app.FilerOfDepartmentAsync("224002");
        var reviewer = await app.SignInAsync(DemoAccounts.Reviewers[0].UserName);

        var filtered = Html.Parse(await filer.GetStringAsync("/declarations?year=2001")).GetElementById("empty-list").ShouldNotBeNull();
        filtered.TextContent.ShouldContain("没有符合筛选条件的申报表");
        filtered.QuerySelector("a[href='/declarations']").ShouldNotBeNull();

        // The demo declarations are all drafts: nothing has reached a reviewer.
        Html.Parse(await reviewer.GetStringAsync("/declarations")).GetElementById("empty-list")!.TextContent.ShouldContain("暂无送达本科室的申报表");
        Html.Parse(await reviewer.GetStringAsync("/review")).GetElementById("empty-queue")!.TextContent.ShouldContain("本科室没有待审的申报表");
        Html.Parse(await (await app.AdminAsync()).GetStringAsync("/admin/audit?user=nobody-at-all")).GetElementById("empty-audit")!.TextContent.ShouldContain("没有符合条件的记录");

        var id = await CleanDeclarations.CreateAsync(app, DemoAccounts.Filers["341300001"].UserName); // nothing for the rules to find
        var view = Html.Parse(await (await app.FilerOfAsync(id)).GetStringAsync($"/declarations/{id}"));
        view.GetElementById("no-history")!.TextContent.ShouldContain("暂无审核记录");
        view.GetElementById("problems")!.TextContent.ShouldContain("未发现问题");
    }

    [Fact]
    public async Task A_filer_without_declarations_is_offered_to_create_one()
    {
        var app = shared.App;
        var filer = await app.FilerOfDepartmentAsync("310101901");
        var only = Html.DeclarationLinks(await filer.GetStringAsync("/declarations")).ShouldHaveSingleItem();
        (await (await PageForm.LoadAsync(filer, $"/declarations/{only}/delete")).PostAsync()).EnsureSuccessStatusCode();

        var empty = Html.Parse(await filer.GetStringAsync("/declarations")).GetElementById("empty-list").ShouldNotBeNull();

        empty.TextContent.ShouldContain("还没有申报表");
        empty.QuerySelector("a[href='/declarations/new']")!.TextContent.ShouldBe("新建申报表");
    }

    [Fact]
    public async Task Every_page_starts_with_a_skip_link_to_the_main_content_and_links_the_print_stylesheet()
    {
        var app = shared.App;
        var id = await app.DeclarationIdAsync("网络舆情综合管理");
        var filer = await app.FilerOfAsync(id);

        foreach (var html in new[] { await filer.GetStringAsync($"/declarations/{id}"), await app.CreateClient().GetStringAsync("/account/login") })
        {
            var page = Html.Parse(html);
            var first = page.Body!.QuerySelector("a, button, input, select, textarea")!;
            first.TextContent.ShouldBe("跳到主要内容");
            first.GetAttribute("href").ShouldBe("#main");
            page.QuerySelector("main#main").ShouldNotBeNull();
            var print = page.QuerySelectorAll("link[rel=stylesheet]").Where(l => l.GetAttribute("media") == "print").ShouldHaveSingleItem();
            print.GetAttribute("href")!.ShouldStartWith("/css/print.css");
        }

        var stylesheet = await filer.GetStringAsync("/css/print.css");
        stylesheet.ShouldContain("break-inside: avoid");
        PrintHides().Match(stylesheet).Value.ShouldContain(".skip-link");
    }

    [Fact]
    public async Task The_print_buttons_carry_what_the_progress_status_says()
    {
        var app = shared.App;
        var filer = await app.FilerOfDepartmentAsync("224002");
        var department = await app.QueryAsync(db => db.Departments.Where(d => d.Code == "224002").Select(d => d.Id).SingleAsync());

        var goals = Html.Parse(await filer.GetStringAsync($"/departments/{department}/goals/2023"));
        var form = goals.QuerySelector("form[data-pdf]").ShouldNotBeNull();
        form.GetAttribute("action").ShouldBe($"/departments/{department}/goals/2023/pdf");
        form.QuerySelector(".pdf-status")!.GetAttribute("data-declarations").ShouldBe("2");
        form.QuerySelector(".pdf-status")!.GetAttribute("aria-live").ShouldBe("polite");
        goals.QuerySelectorAll("script").Any(s => (s.GetAttribute("src") ?? "").StartsWith("/js/pdf.js", StringComparison.Ordinal)).ShouldBeTrue();

        var id = await app.DeclarationIdAsync("网络舆情综合管理");
        var single = Html.Parse(await filer.GetStringAsync($"/declarations/{id}")).QuerySelector("form[data-pdf]").ShouldNotBeNull();
        single.QuerySelector(".pdf-status")!.GetAttribute("data-declarations").ShouldBeNullOrEmpty("a single declaration needs no count");
    }

    [GeneratedRegex(@"^[^{]+\{\s*display: none", RegexOptions.Multiline)]
    private static partial Regex PrintHides();

    [Fact]
    public async Task The_notice_shows_no_badge_at_zero_and_the_count_above()
    {
        var app = shared.App;

        var page = Html.Parse(await (await app.FilerOfDepartmentAsync(Shanhaiguan)).GetStringAsync("/declarations"));

        var notice = page.GetElementById("notice").ShouldNotBeNull();
        notice.QuerySelector(".badge").ShouldBeNull();
        Html.Notice(page.DocumentElement.OuterHtml).ShouldBe("被退回");
    }
}
