using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using PerfTargets.Core.Library;
using PerfTargets.Data.DemoData;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace PerfTargets.Browser.Tests;

/// <summary>
/// 重录研究 (issue 23's measure): a filer of seed 002's department enters that seed's first declaration's
/// 13 indicators twice — typing every field, then taking the 三级 cell's suggestions and typing only
/// what they leave — once last year's copy of the project is approved, and both saved declarations
/// must equal the seed. The keystrokes and times are
/// written down for people to compare; a speed is never asserted.
/// </summary>
[Collection(SharedBrowser.Name)]
public class ReentryStudyTests(BrowserSession session, ITestOutputHelper output) : BrowserTest
{
    private const string Year = "2040";
    private const string LastYear = "2039";
    private const string SeedProject = "网络安全和信息化工作经费";

    protected override BrowserSession Session => session;

    [Fact]
    public async Task Seed_002_s_indicators_re_entered_by_typing_and_with_suggestions_both_save_as_the_seed()
    {
        var seed = DemoDataSet.Load().Declarations
            .Single(d => d.SourceFile.Contains("seed-002", StringComparison.Ordinal) && d.Declaration.ProjectName == SeedProject)
            .Declaration.Indicators.OrderBy(i => i.Sequence).Select(EnteredIndicator.From).ToList();
        seed.Count.ShouldBe(13);
        var page = await session.NewPageAsync("filer-suzhou");
        await ApproveLastYearsAsync(page);

        var typed = await EnterAsync(page, new ReentryPass("逐字输入"), seed, suggestions: false);
        var suggested = await EnterAsync(page, new ReentryPass("使用建议"), seed, suggestions: true);

        var report = Report(typed, suggested);
        await File.WriteAllTextAsync(Artefacts.PathOf("reentry-study.txt"), report);
        output.WriteLine(report);
    }

    /// <summary>
    /// The department's situation the suggestions are built for: last year's declaration of the project
    /// approved. The seed itself stays a draft for the other tests; its copy for the year before the
    /// study's is submitted and approved by both sections, so its 三级 names are 本单位用过.
    /// </summary>
    private async Task ApproveLastYearsAsync(IPage filer)
    {
        var id = await ReviewTests.SubmitCopyAsync(filer, 2022, SeedProject, LastYear, $"{SeedProject}（重录研究上年）");
        await ReviewTests.ApproveByBothSectionsAsync(session, id);
    }

    /// <summary>A fresh declaration of the seed's framework, with 中期 shown as the seed has it; then the 13 rows, saved and read back.</summary>
    private static async Task<ReentryPass> EnterAsync(IPage page, ReentryPass pass, List<EnteredIndicator> seed, bool suggestions)
    {
        await NewDeclaration.CreateAsync(page, Year, $"重录研究（{pass.How}）", "2015版（财预〔2015〕88号）");
        await page.GetByLabel("只填年度").UncheckAsync();

        // Which characters reach each name is found out before the clock starts: the user just knows.
        var hits = suggestions ? await Task.WhenAll(seed.Select(wanted => ReachingPrefixAsync(page, wanted))) : new Hit?[seed.Count];
        var rows = page.Locator("[data-rows='indicators'] tbody.editor-row");
        var whole = Stopwatch.StartNew();
        for (var i = 0; i < seed.Count; i++)
        {
            var clock = Stopwatch.StartNew();
            await page.GetByRole(AriaRole.Button, new() { Name = "＋ 添加三级指标" }).ClickAsync();
            var keys = await EnterRowAsync(page, rows.Last, seed[i], hits[i]);
            pass.Rows.Add((seed[i].Name, keys + 1, clock.Elapsed, hits[i]?.Kind));
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await page.Locator(".alert-success").WaitForAsync();
        pass.Time = whole.Elapsed;

        (await EnteredIndicator.ReadAllAsync(rows)).ShouldBe(seed, $"{pass.How}：保存的三级指标与种子 002 相同");
        return pass;
    }

    /// <summary>
    /// One row, as a user at the keyboard would: each field that does not yet hold the seed's value is
    /// set (a choice in a list 1 keystroke, text 1 a character, clearing a wrong text 2). With a
    /// suggestion <paramref name="hit"/> the 三级 name comes first, through the suggestion, and the rest
    /// is what it left; the Tabs are those from the first field entered to the last, and two for each
    /// field before it that still had to be set (Shift+Tab back, Tab on).
    /// </summary>
    private static async Task<int> EnterRowAsync(IPage page, ILocator row, EnteredIndicator wanted, Hit? hit)
    {
        var values = wanted.Values();
        const int name = 2;
        var first = hit is null ? 0 : name;
        var keys = 0;
        var last = first;
        if (hit is not null)
        {
            var field = row.Locator(EnteredIndicator.Fields[name]);
            await field.PressSequentiallyAsync(hit.Prefix);
            var options = page.Locator("#js-suggestions [role=option]");
            await Expect(options.Nth(hit.Index)).ToContainTextAsync(wanted.Name);
            for (var down = 0; down <= hit.Index; down++)
            {
                await page.Keyboard.PressAsync("ArrowDown");
            }

            await page.Keyboard.PressAsync("Enter");
            await Expect(field).ToHaveValueAsync(wanted.Name);
            keys += hit.Prefix.Length + hit.Index + 2;
        }

        for (var i = 0; i < values.Length; i++)
        {
            var field = row.Locator(EnteredIndicator.Fields[i]);
            var value = values[i];
            var current = await field.InputValueAsync();
            if (value is null || current == value)
            {
                continue;
            }

            if (EnteredIndicator.IsChoice(i))
            {
                await field.SelectOptionAsync(value);
                keys += 1;
            }
            else
            {
                if (current.Length > 0)
                {
                    await field.FillAsync(string.Empty);
                    keys += 2;
                }

                await field.PressSequentiallyAsync(value);
                keys += value.Length;
            }

            if (i < first)
            {
                keys += 2;
            }
            else
            {
                last = i;
            }
        }

        return keys + last - first;
    }

    /// <summary>
    /// The fewest first characters of the name that bring it into the 三级 cell's suggestions, asked of
    /// the same endpoint as the cell of a new row (no 一级/二级 chosen yet) asks; null when none does.
    /// </summary>
    private static async Task<Hit?> ReachingPrefixAsync(IPage page, EnteredIndicator wanted)
    {
        for (var length = 1; length < wanted.Name.Length; length++)
        {
            var prefix = wanted.Name[..length];
            var query = $"query={Uri.EscapeDataString(prefix)}&limit=10";
            var response = await page.APIRequest.GetAsync($"/api/v1/indicators/suggestions?{query}", new() { Headers = new Dictionary<string, string> { ["Accept"] = "application/json" } });
            response.Ok.ShouldBeTrue();
            // As the cell lists them: a suggestion equal to what is typed is left out.
            var listed = (await response.JsonAsync())!.Value.EnumerateArray().Where(s => s.GetProperty("name").GetString() != prefix).ToList();
            var index = listed.FindIndex(s => s.GetProperty("name").GetString() == wanted.Name);
            if (index >= 0)
            {
                return new(prefix, index, Enum.Parse<SuggestionKind>(listed[index].GetProperty("kind").GetString()!));
            }
        }

        return null;
    }

    private static string Report(ReentryPass typed, ReentryPass suggested)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"重录研究：种子 002《{SeedProject}》的 {typed.Rows.Count} 个三级指标（含中期、年度指标值），填报人 filer-suzhou（上一年度同一项目已批复），{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        text.AppendLine("计数：每个字符 1 次（汉字也按 1 次，不计输入法的拼音键）；每次 Tab、列表选择、↓、Enter 各 1 次；添加行、保存各 1 次。用时为自动化浏览器的用时（含每次按键后的建议和审核检查请求），不是人的用时，且随机器负载变化。");
        text.AppendLine(typed.Summary());
        text.AppendLine(suggested.Summary());
        var reached = suggested.Rows.Where(r => r.Took is not null).ToList();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"建议带出的名称：{reached.Count}/{suggested.Rows.Count}（{string.Join("、", reached.Select(r => $"{r.Name}：{KindName(r.Took!.Value)}"))}）；其余名称仍逐字输入。");
        text.AppendLine(CultureInfo.InvariantCulture, $"按键之比（使用建议 ÷ 逐字输入）：{(double)suggested.Keys / typed.Keys:0.00}（目标 0.5，不作断言）");
        text.AppendLine("序号\t三级指标\t逐字输入（按键/秒）\t使用建议（按键/秒）");
        for (var i = 0; i < typed.Rows.Count; i++)
        {
            var (a, b) = (typed.Rows[i], suggested.Rows[i]);
            text.AppendLine(CultureInfo.InvariantCulture, $"{i + 1}\t{a.Name}\t{a.Keys} / {a.Time.TotalSeconds:0.00}\t{b.Keys} / {b.Time.TotalSeconds:0.00}");
        }

        return text.ToString();
    }

    /// <summary>Where a suggestion comes from, in the words the suggestion list uses.</summary>
    private static string KindName(SuggestionKind kind) => kind switch
    {
        SuggestionKind.OwnHistory => "本单位用过",
        SuggestionKind.SharedHistory => "其他单位用过",
        SuggestionKind.Sector => "同行业",
        _ => "共性",
    };

    /// <summary>The first characters of a name that bring it into the suggestions, its place in them and where it comes from.</summary>
    private sealed record Hit(string Prefix, int Index, SuggestionKind Kind);
}
