using System.Text;
using System.Text.RegularExpressions;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Taxonomy;

namespace PerfTargets.Web.Tests.Pages.Declarations.Edit;

/// <summary>
/// The editor's weight (issue 18): what every row shares and only the script uses (↑ ↓ ✕, length limits,
/// where suggestions come from) is sent once, and the 二级 guidance is a resource of its own that the
/// panel fetches once, so that the page grows by little per indicator.
/// </summary>
public partial class EditorSizeTests(SharedDemoApp shared) : IClassFixture<SharedDemoApp>
{
    /// <summary>
    /// An indicator row of seed 网络信息经费 (24 rows, their messages included) as sent, on average: 5,336
    /// bytes; about 6,350 when every row carried the shared parts.
    /// </summary>
    private const int MaxRowBytes = 5_600;

    [Fact]
    public async Task An_indicator_row_stays_small_and_carries_nothing_every_row_shares()
    {
        var id = await shared.App.DeclarationIdAsync("网络信息经费");
        var html = await (await shared.App.FilerOfAsync(id)).GetStringAsync($"/declarations/{id}/edit");

        var rows = IndicatorRow().Matches(html).Select(m => m.Value).ToList();
        rows.Count.ShouldBe(24);
        rows.Average(row => Encoding.UTF8.GetByteCount(row)).ShouldBeLessThanOrEqualTo(MaxRowBytes);
        rows.ShouldAllBe(row => !row.Contains("data-maxlength") && !row.Contains("js-move-up") && !row.Contains("aria-autocomplete"));

        var page = Html.Parse(html);
        page.QuerySelectorAll("template#row-buttons").Length.ShouldBe(1);
        var template = (AngleSharp.Html.Dom.IHtmlTemplateElement)page.GetElementById("indicator-template")!;
        template.Content.QuerySelector("textarea[name$='.Name']")!.GetAttribute("data-maxlength")
            .ShouldBe(DeclarationLimits.IndicatorName.ToString(System.Globalization.CultureInfo.InvariantCulture));
        template.Content.QuerySelector("textarea[name$='.Name']")!.HasAttribute("data-library").ShouldBeTrue();
    }

    [Fact]
    public async Task The_guidance_is_served_once_as_its_own_cacheable_list_and_linked_from_the_editor()
    {
        var id = await shared.App.DeclarationIdAsync("网络信息经费");
        var client = await shared.App.FilerOfAsync(id);
        var editor = Html.Parse(await client.GetStringAsync($"/declarations/{id}/edit"));
        editor.QuerySelectorAll(".js-guide-entry").ShouldBeEmpty();
        var link = editor.QuerySelector("a.js-guide-list")!;
        link.GetAttribute("target").ShouldBe("_blank");

        // Under the build's version, so that the browser keeps it until an upgrade changes the link.
        var entriesUrl = editor.QuerySelector(".js-level2-guide")!.GetAttribute("data-entries-url")!;
        entriesUrl.ShouldContain($"v={PerfTargets.Web.Pages.Rules.Level2Model.EntriesVersion}");
        var entries = await client.GetAsync(entriesUrl);
        entries.EnsureSuccessStatusCode();
        entries.Headers.CacheControl!.MaxAge.ShouldNotBeNull();
        entries.Headers.CacheControl.Private.ShouldBeTrue();
        var list = Html.Parse(await entries.Content.ReadAsStringAsync());
        list.QuerySelectorAll(".js-guide-entry").Select(e => e.GetAttribute("data-level2")).ShouldBe(Level2Guides.All.Select(g => g.Level2));
        list.QuerySelector(".js-guide-entry[data-level2='数量指标'] dd")!.TextContent.ShouldContain(Level2Guides.For("数量指标")!.Belongs);
        list.QuerySelector(".js-guide-entry[data-level2='数量指标'] a[href='/rules#R17']").ShouldNotBeNull();

        // Without script, the link opens the same list on a page of its own.
        var readable = Html.Parse(await client.GetStringAsync(link.GetAttribute("href")));
        readable.QuerySelector("main h1")!.TextContent.ShouldBe("各二级指标的填写说明");
        readable.QuerySelectorAll("main .js-guide-entry").Length.ShouldBe(Level2Guides.All.Count);
    }

    [GeneratedRegex("""<tbody class="editor-row indicator" id="indicator-\d+">.*?</tbody>""", RegexOptions.Singleline)]
    private static partial Regex IndicatorRow();
}
