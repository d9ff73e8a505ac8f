using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PerfTargets.Browser.Tests;

/// <summary>
/// The budget round as the finance office runs it, in the browser: a 2024 round for three
/// departments; one files and submits from the editor; the desk shows it done and the two others
/// owing; 催报 mails the one with an address (read back from the session's SMTP server); the close
/// is moved to yesterday (the application runs on the real clock) and the late submission of a
/// second project is refused until the department's extension; then the approved declarations of the
/// round print as one PDF.
/// </summary>
[Collection(SharedBrowser.Name)]
public class RoundJourneyTests(BrowserSession session) : BrowserTest
{
    private const string RoundName = "2024年项目支出绩效目标申报（批次试走）";
    private static readonly string[] Departments = ["224002", "341300001", "530114001"];

    protected override BrowserSession Session => session;

    [Fact]
    public async Task The_finance_office_runs_a_round_from_opening_to_the_printed_batch()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var admin = await session.NewPageAsync("admin");

        // 宿州's filer gets an address for the reminders' mail.
        await admin.GotoAsync("/admin/users");
        var email = admin.Locator("form[data-email-of='filer-suzhou']");
        await email.Locator("input[name=email]").FillAsync("suzhou-filer@wxb.example.gov.cn");
        await email.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(admin.Locator("main .alert-info")).ToContainTextAsync("邮箱设为 suzhou-filer@wxb.example.gov.cn");

        // The round: 2024, closing in a week, three departments expected.
        await admin.GotoAsync("/rounds/edit");
        await admin.Locator("#Input_Name").FillAsync(RoundName);
        await admin.Locator("#Input_BudgetYear").FillAsync("2024");
        await admin.Locator("#Input_OpensOn").FillAsync(Day(today.AddDays(-7)));
        await admin.Locator("#Input_ClosesOn").FillAsync(Day(today.AddDays(7)));
        await ExpectDepartmentsAsync(admin);
        await admin.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await admin.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/rounds/[0-9]+$"));
        var roundId = admin.Url.Split('/')[^1];

        // 山海关 files its project for 2024 and submits it from the editor.
        var filer = await session.NewPageAsync("filer-shanhaiguan");
        (await SubmitCopyAsync(filer, "网络舆情综合管理（2024批次）")).ShouldContain("已提交，等待审核");
        var filed = filer.Url.Split('/')[^1];

        await admin.GotoAsync($"/rounds/{roundId}");
        (await DeskStatesAsync(admin)).ShouldBe(["已提交", "未开始", "未开始"]);

        // 催报 every department that owes: 宿州's filer is mailed, 呈贡's (no address) told in the top bar.
        await admin.Locator("#urge-all").GetByRole(AriaRole.Button).ClickAsync();
        await Expect(admin.Locator("main .alert-success")).ToContainTextAsync("已催报");
        var mail = (await session.Mail.WaitForAsync(m => m.To.Mailboxes.Any(b => b.Address == "suzhou-filer@wxb.example.gov.cn"))).TextBody!;
        mail.ShouldContain($"财政局催报：申报批次“{RoundName}”截止 {Day(today.AddDays(7))}（还剩 7 天），本单位尚未填报申报表。请尽快提交审核。");
        mail.ShouldContain("/declarations?year=2024");
        var chenggong = await session.NewPageAsync("filer-chenggong");
        await chenggong.GotoAsync("/notices");
        await Expect(chenggong.Locator("#notices")).ToContainTextAsync($"申报批次“{RoundName}”");

        // The close moves to yesterday: the two that filed nothing are late, and so is a new draft of 山海关.
        await admin.GotoAsync($"/rounds/edit/{roundId}");
        await admin.Locator("#Input_ClosesOn").FillAsync(Day(today.AddDays(-1)));
        await admin.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await admin.WaitForURLAsync($"**/rounds/{roundId}");
        (await DeskStatesAsync(admin)).ShouldBe(["已提交", "逾期", "逾期"]);

        var refused = await SubmitCopyAsync(filer, "网络舆情综合管理（2024批次补报）");
        refused.ShouldContain($"申报批次“{RoundName}”已于 {Day(today.AddDays(-1))} 截止，逾期不能提交。");
        var late = filer.Url;

        await admin.GotoAsync($"/rounds/{roundId}");
        var row = admin.Locator("tr[data-department='224002']");
        await row.GetByLabel("延期至").FillAsync(Day(today.AddDays(3)));
        await row.GetByLabel("延期原因").FillAsync("补报项目经局长同意延期");
        await row.GetByRole(AriaRole.Button, new() { Name = "延期" }).ClickAsync();
        await Expect(admin.Locator("main .alert-success")).ToContainTextAsync($"已延期至 {Day(today.AddDays(3))}");

        await filer.GotoAsync(late);
        await filer.GetByRole(AriaRole.Button, new() { Name = "确认提交" }).ClickAsync();
        await Expect(filer.Locator("main .alert-success")).ToContainTextAsync("已提交，等待审核");

        // Both sections approve the first; the finance office prints the round's approved declarations as one PDF.
        foreach (var reviewer in new[] { "reviewer-business", "reviewer-performance" })
        {
            var page = await session.NewPageAsync(reviewer);
            await page.GotoAsync($"/review/{filed}");
            await page.Locator("#Opinion").FillAsync("同意。");
            await page.GetByRole(AriaRole.Button, new() { Name = "通过（盖章）" }).ClickAsync();
            await page.WaitForURLAsync("**/review");
        }

        await admin.GotoAsync($"/rounds/{roundId}");
        (await DeskStatesAsync(admin)).ShouldBe(["已提交", "逾期", "逾期"]);
        await Expect(admin.Locator("#batch-count")).ToHaveTextAsync("全部单位，共 1 份");
        var print = admin.Locator("#batch-print");
        var download = await admin.RunAndWaitForDownloadAsync(() => print.GetByRole(AriaRole.Button, new() { Name = "打印 PDF" }).ClickAsync());
        await Expect(print.Locator(".pdf-status")).ToContainTextAsync("已下载");
        var path = Artefacts.PathOf("round-approved.pdf");
        await download.SaveAsAsync(path);
        var printed = PdfText.Of(await File.ReadAllBytesAsync(path));
        foreach (var text in new[] { RoundName, "目录", "中共山海关区委网络安全和信息化委员会办公室", "网络舆情综合管理（2024批次）" })
        {
            printed.ShouldContain(text);
        }

        printed.ShouldNotContain("网络舆情综合管理（2024批次补报）");
    }

    /// <summary>Only the three departments ticked.</summary>
    private static async Task ExpectDepartmentsAsync(IPage admin)
    {
        var boxes = admin.Locator("input[name='Input.DepartmentIds']");
        for (var i = 0; i < await boxes.CountAsync(); i++)
        {
            var box = boxes.Nth(i);
            var code = await admin.Locator($"label[for='{await box.GetAttributeAsync("id")}'] span").TextContentAsync();
            await box.SetCheckedAsync(Departments.Contains(code!.Trim()));
        }
    }

    /// <summary>Copies 网络舆情综合管理 to 2024 under <paramref name="name"/>, then 保存并提交审核 and 确认提交 when it may; what the page says.</summary>
    private static async Task<string> SubmitCopyAsync(IPage filer, string name)
    {
        await filer.GotoAsync("/declarations?year=2023");
        await filer.GetByRole(AriaRole.Link, new() { Name = "网络舆情综合管理", Exact = true }).First.ClickAsync();
        await filer.GetByRole(AriaRole.Link, new() { Name = "复制为新年度" }).ClickAsync();
        await filer.Locator("#BudgetYear").FillAsync("2024");
        await filer.GetByRole(AriaRole.Button, new() { Name = "复制" }).ClickAsync();
        await filer.WaitForURLAsync("**/edit");
        await filer.Locator("input[name='Input.ProjectName']").FillAsync(name);
        await filer.GetByRole(AriaRole.Button, new() { Name = "保存并提交审核" }).ClickAsync();
        await filer.WaitForURLAsync("**/submit");
        var confirm = filer.GetByRole(AriaRole.Button, new() { Name = "确认提交" });
        if (await confirm.IsDisabledAsync())
        {
            return (await filer.Locator("main").TextContentAsync())!;
        }

        await confirm.ClickAsync();
        return (await filer.Locator("main .alert-success").TextContentAsync())!;
    }

    private static async Task<string[]> DeskStatesAsync(IPage admin) =>
        [.. await Task.WhenAll(Departments.Select(async code => (await admin.Locator($"#desk tr[data-department='{code}'] td:nth-child(4)").TextContentAsync())!.Trim()))];

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
