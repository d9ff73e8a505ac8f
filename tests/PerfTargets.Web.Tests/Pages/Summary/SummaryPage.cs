namespace PerfTargets.Web.Tests.Pages.Summary;

/// <summary>One cell of the 汇总表 as the page shows it: its text and, when declarations stand behind it, the list it links to.</summary>
internal sealed record SummaryCell(string Text, string? Link);

/// <summary>The 汇总表 page read back: each row by its label, each cell by its column's key.</summary>
internal sealed class SummaryPage
{
    private readonly Dictionary<string, Dictionary<string, SummaryCell>> rows = [];

    private SummaryPage(string html)
    {
        var document = Html.Parse(html);
        foreach (var row in document.QuerySelectorAll("#summary tbody tr"))
        {
            var label = row.QuerySelector("th")!.TextContent.Trim();
            rows.TryAdd(label, row.QuerySelectorAll("td").ToDictionary(
                td => td.GetAttribute("data-column")!,
                td => new SummaryCell(td.TextContent.Trim(), System.Net.WebUtility.HtmlDecode(td.QuerySelector("a")?.GetAttribute("href")))));
        }

        Labels = [.. document.QuerySelectorAll("#summary tbody th").Select(th => th.TextContent.Trim())];
    }

    /// <summary>The rows' labels in order (合计, 2023年 小计, a department …).</summary>
    public IReadOnlyList<string> Labels { get; }

    public SummaryCell this[string row, string column] => rows[row][column];

    public static async Task<SummaryPage> LoadAsync(HttpClient client, string address) => new(await client.GetStringAsync(address));
}
