using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Declarations;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;
using PerfTargets.Web.Pages.Declarations.Edit;

namespace PerfTargets.Web.Tests.Pages.Declarations.Edit;

/// <summary>What careless or hostile input does to the editor: a message at the field, nothing lost, never a 500.</summary>
public class EditorInputTests(TestDatabases databases, SharedDemoApp shared) : IClassFixture<TestDatabases>, IClassFixture<SharedDemoApp>
{
    private static string Indicator(string key, string field) => $"Input.Indicators[{key}].{field}";

    private static PageForm AddIndicator(PageForm form, string key, string name, string annual, string unit = "")
    {
        form.Fields.Add(new("Input.Indicators.Index", key));
        return form.Set(Indicator(key, "Key"), key).Set(Indicator(key, "Level1"), "产出指标").Set(Indicator(key, "Level2"), "数量指标")
            .Set(Indicator(key, "Name"), name).Set(Indicator(key, "Nature"), "Quantitative").Set(Indicator(key, "Annual.Value"), annual)
            .Set(Indicator(key, "Annual.Unit"), unit);
    }

    [Fact]
    public async Task Two_hundred_indicators_are_saved_in_one_post()
    {
        await using var app = await databases.DemoAppAsync();
        var id = await app.DeclarationIdAsync("网络舆情综合管理");
        var form = await PageForm.LoadAsync(await app.FilerOfAsync(id), $"/declarations/{id}/edit");
        for (var i = 0; i < 197; i++)
        {
            AddIndicator(form, $"x{i}", $"指标{i}", $"{i}", "个").Set(Indicator($"x{i}", "Annual.Comparator"), "GreaterOrEqual")
                .Set(Indicator($"x{i}", "Description"), "说明").Set(Indicator($"x{i}", "Remark"), "备注");
        }

        form.Fields.Count.ShouldBeGreaterThan(1024);
        var html = await (await form.PostAsync()).Content.ReadAsStringAsync();

        html.ShouldContain("已保存");
        (await app.DeclarationAsync(id)).Indicators.Count.ShouldBe(200);
    }

    [Fact]
    public async Task A_form_beyond_every_limit_gets_a_400_page_that_says_so()
    {
        var app = shared.App;
        var id = await app.DeclarationIdAsync("网络舆情综合管理");
        var form = await PageForm.LoadAsync(await app.FilerOfAsync(id), $"/declarations/{id}/edit");
        for (var i = 0; i < 26_000; i++)
        {
            form.Fields.Add(new($"junk{i}", "x"));
        }

        var response = await form.PostAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("请求有误");
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Numbers_finer_or_larger_than_their_columns_are_refused_alike_on_both_databases(DatabaseProvider provider)
    {
        var app = await shared.OnAsync(provider);
        var id = await app.DeclarationIdAsync("网络舆情综合管理");
        var before = await app.DeclarationAsync(id);
        var form = await PageForm.LoadAsync(await app.FilerOfAsync(id), $"/declarations/{id}/edit");
        form.Set("Input.DisbursementPlan.March", "1000000").Set("Input.DisbursementPlan.June", "33.333");
        AddIndicator(form, "n1", "精度", "1.1234567", "%");

        var html = await (await form.PostAsync()).Content.ReadAsStringAsync();

        html.ShouldContain("未保存");
        html.ShouldContain("支出进度应为 0 到 100 之间的百分数。");
        html.ShouldContain("支出进度最多两位小数。");
        html.ShouldContain("指标数值最多六位小数。");
        form = await PageForm.LoadAsync(await app.FilerOfAsync(id), $"/declarations/{id}/edit");
        html = await (await form.Set("Input.DisbursementPlan.March", "99999999999999999999999").PostAsync()).Content.ReadAsStringAsync();
        html.ShouldContain("“99999999999999999999999”不是有效的百分数");
        (await app.DeclarationAsync(id)).ConcurrencyStamp.ShouldBe(before.ConcurrencyStamp);
    }

    [Fact]
    public async Task A_percentage_typed_with_its_sign_is_read()
    {
        var app = shared.App;
        var id = await app.DeclarationIdAsync("网络舆情综合管理");
        var form = await PageForm.LoadAsync(await app.FilerOfAsync(id), $"/declarations/{id}/edit");

        await form.Set("Input.DisbursementPlan.March", "２５%").Set("Input.DisbursementPlan.December", "100").PostAsync();

        var plan = (await app.DeclarationAsync(id)).DisbursementPlan;
        plan.March.ShouldBe(25m);
        plan.December.ShouldBe(100m);
    }

    [Fact]
    public async Task Targets_typed_as_on_paper_are_taken_apart_and_numbers_with_junk_refused()
    {
        await using var app = await databases.DemoAppAsync();
        var id = await app.DeclarationIdAsync("网络舆情综合管理");
        var form = await PageForm.LoadAsync(await app.FilerOfAsync(id), $"/declarations/{id}/edit");
        AddIndicator(form, "n1", "覆盖率", "≥95%");
        AddIndicator(form, "n2", "处置时限", ">=24", "小时");
        (await form.PostAsync()).StatusCode.ShouldBe(HttpStatusCode.OK);

        var indicators = (await app.DeclarationAsync(id)).Indicators;
        indicators.Single(i => i.Name == "覆盖率").Annual.Display().ShouldBe("≥95%");
        indicators.Single(i => i.Name == "处置时限").Annual.Display().ShouldBe("≥24小时");

        form = await PageForm.LoadAsync(await app.FilerOfAsync(id), $"/declarations/{id}/edit");
        AddIndicator(form, "n3", "巨大", "123456789012345678901");
        var html = await (await form.PostAsync()).Content.ReadAsStringAsync();
        html.ShouldContain("“123456789012345678901”不是有效的数值");
    }

    [Fact]
    public async Task A_tampered_choice_is_named_at_its_field()
    {
        var app = shared.App;
        var id = await app.DeclarationIdAsync("网络舆情综合管理");
        var form = await PageForm.LoadAsync(await app.FilerOfAsync(id), $"/declarations/{id}/edit");

        var html = await (await form.Set("Input.Kind", "99").Set("Input.MoneyUnit", "5").PostAsync()).Content.ReadAsStringAsync();

        var page = PageForm.Read(null!, "/", html);
        // The binder refuses a number no option has; the page says so at each field.
        page.Page.QuerySelector("#Input_Kind ~ .invalid-feedback")!.TextContent.ShouldBe("“99”不是有效的值。");
        page.Page.QuerySelector("#Input_MoneyUnit ~ .invalid-feedback")!.TextContent.ShouldBe("“5”不是有效的值。");
        html.ShouldContain("未保存");
    }

    [Fact]
    public async Task Rows_left_wholly_blank_are_not_saved()
    {
        var app = shared.App;
        var id = await app.DeclarationIdAsync("网络舆情综合管理");
        var before = await app.DeclarationAsync(id);
        var form = await PageForm.LoadAsync(await app.FilerOfAsync(id), $"/declarations/{id}/edit");
        form.Fields.Add(new("Input.Safeguards.Index", "s1"));
        form.Set("Input.Safeguards[s1].Key", "s1").Set("Input.Safeguards[s1].Category", " ");
        form.Fields.Add(new("Input.BudgetLines.Index", "b1"));
        form.Set("Input.BudgetLines[b1].Key", "b1");
        AddIndicator(form, "n1", "", "").Set(Indicator("n1", "Level1"), "").Set(Indicator("n1", "Level2"), "");

        (await (await form.PostAsync()).Content.ReadAsStringAsync()).ShouldContain("已保存");

        var after = await app.DeclarationAsync(id);
        after.Safeguards.Count.ShouldBe(before.Safeguards.Count);
        after.BudgetLines.Count.ShouldBe(before.BudgetLines.Count);
        after.Indicators.Count.ShouldBe(before.Indicators.Count);
    }

    [Fact]
    public async Task After_a_refused_delete_confirming_again_deletes_the_version_shown()
    {
        var app = shared.App;
        var id = await app.DeclarationIdAsync("劳务派遣人员经费");
        var confirm = await PageForm.LoadAsync(await app.FilerOfAsync(id), $"/declarations/{id}/delete");
        await (await PageForm.LoadAsync(await app.FilerOfAsync(id), $"/declarations/{id}/edit")).Set("Input.ProjectCode", "C").PostAsync();

        var refusal = await (await confirm.PostAsync()).Content.ReadAsStringAsync();
        refusal.ShouldContain("未删除");
        var again = PageForm.Read(null!, $"/declarations/{id}/delete", refusal);
        var fresh = await PageForm.LoadAsync(await app.FilerOfAsync(id), $"/declarations/{id}/delete");
        fresh.Set("ConcurrencyStamp", again["ConcurrencyStamp"]);

        (await (await fresh.PostAsync()).Content.ReadAsStringAsync()).ShouldContain("已删除草稿");
    }

    [Fact]
    public async Task Copying_into_a_year_that_has_the_project_already_is_refused()
    {
        var app = shared.App;
        var id = await app.DeclarationIdAsync("网络舆情综合管理");

        var form = await PageForm.LoadAsync(await app.FilerOfAsync(id), $"/declarations/{id}/copy");
        var html = await (await form.Set("BudgetYear", "2023").PostAsync()).Content.ReadAsStringAsync();

        html.ShouldContain("本单位 2023 年度已有申报表“网络舆情综合管理”");
        (await app.QueryAsync(db => db.Declarations.CountAsync(d => d.ProjectName == "网络舆情综合管理"))).ShouldBe(1);
    }

    [Theory]
    [InlineData("""{"indicators": null}""", "$.indicators")]
    [InlineData("""{"indicators": [null]}""", "$.indicators[0]")]
    [InlineData("""{"narrative": null}""", "$.narrative")]
    [InlineData("""{"moneyUnit": 5}""", "$.moneyUnit")]
    [InlineData("""{"indicators": [{"level1": "产出指标", "level2": "数量指标", "name": null}]}""", "$.indicators[0].name")]
    public async Task Validation_documents_with_missing_members_answer_400_naming_them(string json, string member)
    {
        var app = shared.App;

        var response = await (await app.AdminAsync()).PostAsync("/api/declarations/validate", new StringContent(json, Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        ((string)problem["member"]!).ShouldBe(member);
    }

    [Fact]
    public async Task An_unreadable_total_is_reported_once_not_also_as_a_missing_one()
    {
        var app = shared.App;
        var id = await app.DeclarationIdAsync("网络安全和信息化工作经费");
        var form = await PageForm.LoadAsync(await app.FilerOfAsync(id), $"/declarations/{id}/edit");

        var html = await (await form.Set("Input.AnnualFunding.Amounts[Total]", "abc").PostAsync()).Content.ReadAsStringAsync();

        html.ShouldContain("“abc”不是有效的金额");
        html.ShouldNotContain("未填资金总额");
        html.ShouldNotContain("审核检查");
    }

    [Fact]
    public async Task A_row_index_without_fields_is_dropped_like_a_blank_row_and_the_rest_is_saved()
    {
        var app = shared.App;
        var id = await app.DeclarationIdAsync("网络舆情综合管理");
        var before = await app.DeclarationAsync(id);
        var form = await PageForm.LoadAsync(await app.FilerOfAsync(id), $"/declarations/{id}/edit");
        form.Fields.Add(new("Input.Indicators.Index", "q"));
        form.Fields.Add(new("Input.BudgetLines.Index", "q"));
        form.Set("Input.ProjectCode", "XM-2023-01");

        var response = await form.PostAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("已保存");
        var after = await app.DeclarationAsync(id);
        after.ProjectCode.ShouldBe("XM-2023-01");
        after.Indicators.Count.ShouldBe(before.Indicators.Count);
        after.BudgetLines.Count.ShouldBe(before.BudgetLines.Count);
    }

    [Fact]
    public async Task More_rows_than_the_limit_are_refused_at_the_list_and_nothing_is_saved()
    {
        var app = shared.App;
        var id = await app.DeclarationIdAsync("网络舆情综合管理");
        var before = await app.DeclarationAsync(id);
        var form = await PageForm.LoadAsync(await app.FilerOfAsync(id), $"/declarations/{id}/edit");
        for (var i = 0; i < 1100; i++)
        {
            form.Fields.Add(new("Input.Indicators.Index", $"m{i}"));
            form.Fields.Add(new(Indicator($"m{i}", "Name"), $"指标{i}"));
        }

        var response = await form.PostAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("未保存");
        html.ShouldContain("绩效指标有 1,103 行，超过上限 1,024 行");
        (await app.DeclarationAsync(id)).ConcurrencyStamp.ShouldBe(before.ConcurrencyStamp);
    }

    /// <summary>
    /// Hundreds of posts of the editor's form, each mangled a few ways from a fixed seed (fields
    /// dropped, indexes bogus or repeated or empty, huge values, text where numbers go, rows past
    /// the limit): every one is answered with a page, none with a server error.
    /// </summary>
    /// <remarks>
    /// 300 posts in four lanes of 75 side by side, each lane on a declaration of its own (网络舆情综合管理
    /// and its copies into 2024–2026, made through the copy page) so that a lane's saves never stale
    /// another's stamp; lane 0 posts exactly the first 75 posts of one lane of 300 from the same seed.
    /// Each lane signs in on a client of its own: the 已保存 message travels in the session's TempData,
    /// which lanes sharing one cookie jar would take from each other. A save answers its redirect, and the editor it leads
    /// to is read once, both for a server error and as the form to mangle next (before, the client
    /// followed the redirect and then loaded the same editor a second time).
    /// </remarks>
    [Fact]
    public async Task Mangled_editor_posts_never_get_a_server_error()
    {
        const int lanes = 4, postsPerLane = 75;
        await using var app = await databases.DemoAppAsync();
        var id = await app.DeclarationIdAsync("网络舆情综合管理");
        var filer = await SignedInFilerAsync(app);
        var declarations = new List<int> { id };
        for (var year = 2024; declarations.Count < lanes; year++)
        {
            var copied = await (await PageForm.LoadAsync(filer, $"/declarations/{id}/copy")).Set("BudgetYear", $"{year}").PostAsync();
            copied.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            declarations.Add(int.Parse(copied.Headers.Location!.OriginalString.Split('/')[2], System.Globalization.CultureInfo.InvariantCulture));
        }

        var failures = await Task.WhenAll(declarations.Select(async (declaration, lane) =>
            await PostMangledAsync(lane == 0 ? filer : await SignedInFilerAsync(app), declaration, new Random(20_261_201 + lane), postsPerLane, lane)));

        failures.SelectMany(f => f).ShouldBeEmpty();
    }

    /// <summary>山海关区's filer, signed in on a client that shows redirects rather than following them.</summary>
    private static async Task<HttpClient> SignedInFilerAsync(PerfTargetsApp app)
    {
        var filer = app.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        var signIn = await PageForm.LoadAsync(filer, "/account/login");
        (await signIn.Set("UserName", "filer-shanhaiguan").Set("Password", Data.Accounts.DemoAccounts.Password).PostAsync()).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return filer;
    }

    /// <summary>Posts the editor's form of one declaration, mangled, <paramref name="posts"/> times one after another; says which got a server error.</summary>
    private static async Task<List<string>> PostMangledAsync(HttpClient filer, int id, Random random, int posts, int lane)
    {
        var url = $"/declarations/{id}/edit";
        var form = await PageForm.LoadAsync(filer, url);
        var failures = new List<string>();
        for (var post = 0; post < posts; post++)
        {
            var fields = new List<KeyValuePair<string, string>>(form.Fields);
            var done = new List<string>();
            for (var n = random.Next(1, 4); n > 0; n--)
            {
                done.Add(Mangle(fields, random));
            }

            var response = await filer.PostAsync(url, new FormUrlEncodedContent(fields));
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"lane {lane} #{post} {string.Join("; ", done)} → {(int)response.StatusCode}");
            }
            else if (response.StatusCode == HttpStatusCode.Redirect)
            {
                // Saved: the editor it leads to shows what was stored, and holds a new stamp to post against.
                var editor = await filer.GetAsync(response.Headers.Location);
                if ((int)editor.StatusCode >= 500)
                {
                    failures.Add($"lane {lane} #{post} {string.Join("; ", done)} → saved, then the editor {(int)editor.StatusCode}");
                    continue;
                }

                var html = await editor.Content.ReadAsStringAsync();
                html.ShouldContain("已保存", customMessage: $"lane {lane} #{post}: a redirect that is not a save");
                form = PageForm.Read(filer, url, html);
            }
        }

        return failures;
    }

    private static readonly string[] Lists = ["Input.Indicators", "Input.BudgetLines", "Input.Safeguards"];

    private static readonly string[] WrongValues = ["abc", "", " ", "-1", "1e309", "NaN", "2023-13-45", "true", "0x1F", "９９９", "１,２３４．５", "-0", "%", "≥", "null", "[]", "{}", "\u0000", "<script>", "99999999999999999999999999"];

    /// <summary>Changes the form one way and says how.</summary>
    private static string Mangle(List<KeyValuePair<string, string>> fields, Random random)
    {
        var list = Lists[random.Next(Lists.Length)];
        var indexes = fields.Where(f => f.Key == list + ".Index").Select(f => f.Value).ToList();
        var at = random.Next(fields.Count);
        switch (random.Next(9))
        {
            case 0:
                var dropped = fields[at].Key;
                fields.RemoveAt(at);
                return $"dropped {dropped}";
            case 1:
                var bogus = new[] { "q", "", "-1", "[0]", "a.b", "../x", "0 ", "99999999999", "键" }[random.Next(9)];
                fields.Add(new(list + ".Index", bogus));
                return $"bogus index {list}.Index={bogus}";
            case 2 when indexes.Count > 0:
                var again = indexes[random.Next(indexes.Count)];
                fields.Add(new(list + ".Index", again));
                return $"duplicated index {list}.Index={again}";
            case 3:
                var huge = new string(random.Next(2) == 0 ? '9' : '指', random.Next(2) == 0 ? 5_000 : 200_000);
                fields[at] = new(fields[at].Key, huge);
                return $"{huge.Length:N0} characters in {fields[at].Key}";
            case 4:
                var wrong = WrongValues[random.Next(WrongValues.Length)];
                fields[at] = new(fields[at].Key, wrong);
                return $"{fields[at].Key}={wrong}";
            case 5 when random.Next(4) == 0:
                for (var i = 0; i < DeclarationForm.MaxRows + 10; i++)
                {
                    fields.Add(new(list + ".Index", $"z{i}"));
                    fields.Add(new($"{list}[z{i}].Key", $"z{i}"));
                }

                return $"{DeclarationForm.MaxRows + 10} rows in {list}";
            case 6:
                fields.RemoveAll(f => f.Key == list + ".Index");
                return $"no {list}.Index";
            case 7 when indexes.Count > 0:
                var row = indexes[random.Next(indexes.Count)];
                fields.RemoveAll(f => f.Key.StartsWith($"{list}[{row}].", StringComparison.Ordinal));
                return $"fields of {list}[{row}] dropped, its index kept";
            default:
                var name = $"{list}[{random.Next(3)}].{new[] { "Name", "Amount", "Nature", "Annual.Comparator", "Quantity", "Planning" }[random.Next(6)]}";
                var value = WrongValues[random.Next(WrongValues.Length)];
                fields.Add(new(name, value));
                return $"stray {name}={value}";
        }
    }
}
