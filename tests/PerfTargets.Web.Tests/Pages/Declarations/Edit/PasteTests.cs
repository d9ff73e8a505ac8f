using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Auditing;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Money;
using PerfTargets.Data.Accounts;
using PerfTargets.Sheets.Pasting;
using PerfTargets.Testing;
using PerfTargets.Testing.Pasting;

namespace PerfTargets.Web.Tests.Pages.Declarations.Edit;

/// <summary>
/// 从Excel粘贴 on the server: a block copied from a spreadsheet answered as the editor's fields, which
/// the form then saves as typed; refused to anyone but the draft's filer; nothing a paste holds gives a 500.
/// </summary>
public class PasteTests(SharedDemoApp shared) : IClassFixture<SharedDemoApp>
{
    private const string Project = "网络舆情综合管理";

    private static async Task<HttpResponseMessage> PasteAsync(HttpClient client, int id, params (string Name, string Value)[] fields)
    {
        var form = await PageForm.LoadAsync(client, $"/declarations/{id}/edit");
        var token = form["__RequestVerificationToken"];
        return await client.PostAsync($"/declarations/{id}/edit/paste", new FormUrlEncodedContent([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]));
    }

    private static async Task<JsonObject> AnswerAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    [Fact]
    public async Task Seed_002s_block_answers_the_fields_that_save_as_the_seeds_indicators()
    {
        var app = shared.App;
        var id = await app.DeclarationIdAsync(Project);
        var filer = await app.FilerOfAsync(id);
        var frameworkId = await app.QueryAsync(db => db.IndicatorFrameworks.Where(f => f.Code == "2015").Select(f => f.Id).SingleAsync());

        var response = await PasteAsync(filer, id, ("Grid", "indicators"), ("Text", ClipboardBlocks.Seed002Indicators), ("Field", "Level1"), ("FrameworkId", $"{frameworkId}"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var answer = await AnswerAsync(response);
        answer["problems"]!.AsArray().ShouldBeEmpty();
        var rows = answer["rows"]!.AsArray();
        rows.Count.ShouldBe(13);
        var first = rows[0]!.AsObject();
        ((string?)first["Level1"], (string?)first["Level2"], (string?)first["Name"], (string?)first["MidTerm.Comparator"], (string?)first["MidTerm.Value"], (string?)first["Annual.Unit"])
            .ShouldBe(("产出指标", "数量指标", "全市网络资产监测", "GreaterOrEqual", "150", "家"));

        // The form saves the answer's fields as the script puts them in the grid's rows.
        var form = await PageForm.LoadAsync(filer, $"/declarations/{id}/edit");
        form.Remove(name => name.StartsWith("Input.Indicators", StringComparison.Ordinal));
        form.Set("Input.FrameworkId", $"{frameworkId}").Set("Input.AnnualOnly", "false");
        for (var i = 0; i < rows.Count; i++)
        {
            form.Fields.Add(new("Input.Indicators.Index", $"p{i}"));
            form.Set($"Input.Indicators[p{i}].Key", $"p{i}");
            foreach (var (name, value) in rows[i]!.AsObject())
            {
                form.Set($"Input.Indicators[p{i}].{name}", (string?)value ?? string.Empty);
            }
        }

        (await (await form.PostAsync()).Content.ReadAsStringAsync()).ShouldContain("已保存");
        var saved = await app.DeclarationAsync(id);
        var seed = await app.DeclarationAsync(await app.DeclarationIdAsync("网络安全和信息化工作经费"));
        saved.Indicators.Select(Summary).ShouldBe(seed.Indicators.Select(Summary));
    }

    [Fact]
    public async Task Budget_lines_answer_in_the_forms_unit_and_an_unreadable_amount_at_its_cell()
    {
        var app = shared.App;
        var id = await app.DeclarationIdAsync(Project);

        var answer = await AnswerAsync(await PasteAsync(await app.FilerOfAsync(id), id,
            ("Grid", "budget-lines"), ("Text", "培训费\t两期\t200\t人次\t500\t100000\r\n印刷费\t\t\t\t\t一千元"), ("Field", "Item"), ("MoneyUnit", "Yuan")));

        var rows = answer["rows"]!.AsArray();
        rows.Count.ShouldBe(2);
        ((string?)rows[0]!["Amount"]).ShouldBe(MoneyInput.ForEditing(100_000m, MoneyUnit.Yuan));
        var problem = answer["problems"]!.AsArray().ShouldHaveSingleItem()!;
        ((int)problem["row"]!, (string?)problem["field"], (string?)problem["text"]).ShouldBe((1, "Amount", "一千元"));
    }

    [Fact]
    public async Task Another_departments_filer_a_reviewer_and_a_signed_out_visitor_are_refused()
    {
        var app = shared.App;
        var id = await app.DeclarationIdAsync(Project);
        var own = await app.FilerOfAsync(id);
        var token = (await PageForm.LoadAsync(own, $"/declarations/{id}/edit"))["__RequestVerificationToken"];
        var body = () => new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Grid", "indicators"), new("Text", "a\tb")]);

        var other = await app.FilerOfDepartmentAsync("341300001");
        (await other.PostAsync($"/declarations/{id}/edit/paste", body())).StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.BadRequest);
        var reviewer = await app.SignInAsync(DemoAccounts.Reviewers[0].UserName);
        (await reviewer.PostAsync($"/declarations/{id}/edit/paste", body())).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.BadRequest);
        var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        (await anonymous.PostAsync($"/declarations/{id}/edit/paste", body())).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await own.GetAsync($"/declarations/{id}/edit/paste")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The other department's attempt, made with its own valid form token, is recorded as refused.
        var otherToken = (await PageForm.LoadAsync(other, "/account/password"))["__RequestVerificationToken"];
        var refused = await other.PostAsync($"/declarations/{id}/edit/paste", new FormUrlEncodedContent([new("__RequestVerificationToken", otherToken), new("Grid", "indicators"), new("Text", "a\tb")]));
        refused.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.QueryAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditAction.Refused && e.DeclarationId == id && e.Detail!.StartsWith("粘贴")))).ShouldBeTrue();
    }

    [Fact]
    public async Task A_declaration_no_longer_a_draft_is_not_pasted_into()
    {
        var app = shared.App;
        var id = await app.DeclarationIdAsync("网络安全和信息化工作经费");
        var filer = await app.FilerOfAsync(id);
        await ReviewSteps.SubmitAsync(filer, id);
        (await app.DeclarationAsync(id)).Status.ShouldBe(DeclarationStatus.Submitted);
        var token = (await PageForm.LoadAsync(filer, "/account/password"))["__RequestVerificationToken"];

        var response = await filer.PostAsync($"/declarations/{id}/edit/paste", new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Grid", "indicators"), new("Text", "a\tb")]));

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        ((string)(await AnswerAsync(response))["notes"]![0]!).ShouldContain("不能再修改");
    }

    [Theory]
    [InlineData("indicators", "\"unterminated\tquote\n\n\n", "Level1", "abc")]
    [InlineData("budget-lines", "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\tx", "NoSuchField", "NotAUnit")]
    [InlineData("nonsense", "总分\t100", "", "")]
    [InlineData("indicators", "", "Annual.Value", "")]
    public async Task Whatever_is_pasted_is_answered_without_a_500(string grid, string text, string field, string unit)
    {
        var app = shared.App;
        var id = await app.DeclarationIdAsync(Project);

        var response = await PasteAsync(await app.FilerOfAsync(id), id, ("Grid", grid), ("Text", text), ("Field", field), ("MoneyUnit", unit), ("FrameworkId", "999999"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AnswerAsync(response))["rows"].ShouldNotBeNull();
    }

    [Fact]
    public async Task A_paste_larger_than_one_paste_takes_is_answered_with_a_note()
    {
        var app = shared.App;
        var id = await app.DeclarationIdAsync(Project);

        var answer = await AnswerAsync(await PasteAsync(await app.FilerOfAsync(id), id, ("Grid", "indicators"), ("Text", new string('x', ClipboardTable.MaxCharacters + 1))));

        answer["rows"]!.AsArray().ShouldBeEmpty();
        ((string)answer["notes"]![0]!).ShouldContain("请分几次粘贴");
    }

    private static string Summary(Indicator i) =>
        $"{i.Level1}|{i.Level2}|{i.Name}|{i.Nature}|{i.MidTerm.Comparator}:{i.MidTerm.Value}:{i.MidTerm.Text}:{i.MidTerm.Unit}|{i.Annual.Comparator}:{i.Annual.Value}:{i.Annual.Text}:{i.Annual.Unit}|{i.NotApplicable}";
}
