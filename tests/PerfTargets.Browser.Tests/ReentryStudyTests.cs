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
/// what they leave — and both saved declarations must equal the seed. The keystrokes and times are
/// written down for people to compare; a speed is never asserted.
/// </summary>
[Collection(SharedBrowser.Name)]
public class ReentryStudyTests(BrowserSession session, ITestOutputHelper output) : BrowserTest
{
    private const string Year = "2040";
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

        var typed = await EnterAsync(page, new ReentryPass("逐字输入"), seed, suggestions: false);
        var suggested = await EnterAsync(page, new ReentryPass("使用建议"), seed, suggestions: true);

        var report = Report(typed, suggested);
        await File.WriteAllTextAsync(Artefacts.PathOf("reentry-study.txt"), report);
        output.WriteLine(report);
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
    /// set (a choice in a list 1 keystroke, text 1 a character, clearing a wrong text 2), the 三级 name
    /// through the suggestion <paramref name="hit"/> when there is one; the Tabs are those from 一级 to
    /// the last field set.
    /// </summary>
    private static async Task<int> EnterRowAsync(IPage page, ILocator row, EnteredIndicator wanted, Hit? hit)
    {
        var values = wanted.Values();
        var keys = 0;
        var last = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var field = row.Locator(EnteredIndicator.Fields[i]);
            var value = values[i];
            if (value is null)
            {
                continue;
            }

            if (i == 2 && hit is not null)
            {
                await field.PressSequentiallyAsync(hit.Prefix);
                var options = page.Locator("#js-suggestions [role=option]");
                await Expect(options.Nth(hit.Index)).ToContainTextAsync(value);
                for (var down = 0; down <= hit.Index; down++)
                {
                    await page.Keyboard.PressAsync("ArrowDown");
                }

                await page.Keyboard.PressAsync("Enter");
                await Expect(field).ToHaveValueAsync(value);
                keys += hit.Prefix.Length + hit.Index + 2;
                last = i;
                continue;
            }

            var current = await field.InputValueAsync();
            if (current == value)
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

            last = i;
        }

        return keys + last;
    }

    /// <summary>
    /// The fewest first characters of the name that bring it into the 三级 cell's suggestions, asked of
    /// the same endpoint with the same 一级/二级 as the cell asks; null when none does.
    /// </summary>
    private static async Task<Hit?> ReachingPrefixAsync(IPage page, EnteredIndicator wanted)
    {
        for (var length = 1; length < wanted.Name.Length; length++)
        {
            var prefix = wanted.Name[..length];
            var query = $"query={Uri.EscapeDataString(prefix)}&limit=10&level1={Uri.EscapeDataString(wanted.Level1)}&level2={Uri.EscapeDataString(wanted.Level2)}";
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
        text.AppendLine(CultureInfo.InvariantCulture, $"重录研究：种子 002《{SeedProject}》的 {typed.Rows.Count} 个三级指标（含中期、年度指标值），填报人 filer-suzhou，{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        text.AppendLine("计数：每个字符 1 次（汉字也按 1 次，不计输入法的拼音键）；每次 Tab、列表选择、↓、Enter 各 1 次；添加行、保存各 1 次。用时为自动化浏览器的用时（含每次按键后的建议和审核检查请求），不是人的用时，且随机器负载变化。");
        text.AppendLine(typed.Summary());
        text.AppendLine(suggested.Summary());
        var reached = suggested.Rows.Where(r => r.Took is not null).ToList();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"建议带出的名称：{reached.Count}/{suggested.Rows.Count}（{string.Join("、", reached.Select(r => $"{r.Name}：{KindName(r.Took!.Value)}"))}）；其余名称仍逐字输入。");
        if (reached.All(r => r.Took != SuggestionKind.OwnHistory))
        {
            text.AppendLine("本单位没有已批复的三级指标可作历史建议（演示数据中种子 002 的六张申报表都是草稿），建议只来自指标库。");
        }

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
