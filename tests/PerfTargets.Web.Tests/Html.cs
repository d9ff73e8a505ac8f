using System.Text.RegularExpressions;

namespace PerfTargets.Web.Tests;

/// <summary>Small readings of rendered pages.</summary>
internal static partial class Html
{
    /// <summary>A page as the browser would read it, for queries by id, selector and attribute.</summary>
    public static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

    /// <summary>The declarations a list page links to.</summary>
    public static IReadOnlyList<string> DeclarationLinks(string html) =>
        DeclarationLink().Matches(html).Select(m => m.Groups[1].Value).ToList();

    /// <summary>The notice in the navigation bar, as its words and count read: "待审 1".</summary>
    public static string Notice(string html)
    {
        var notice = Parse(html).QuerySelector("#notice");
        return notice is null ? string.Empty : string.Join(' ', notice.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>How many declarations a list page says it filtered: 共 N 份.</summary>
    public static int ListCount(string html) => int.Parse(ListCountText().Match(html).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The 年度资金 of a list page's 合计 row, as it reads.</summary>
    public static string ListTotal(string html) => Parse(html).QuerySelector("#list-total td.money")!.TextContent.Trim();

    [GeneratedRegex("""<span class="text-secondary">共 (\d+) 份</span>""")]
    private static partial Regex ListCountText();

    [GeneratedRegex("""<td><a href="/declarations/(\d+)">""")]
    private static partial Regex DeclarationLink();
}
