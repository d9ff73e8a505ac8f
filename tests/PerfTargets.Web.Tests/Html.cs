using System.Text.RegularExpressions;

namespace PerfTargets.Web.Tests;

/// <summary>Small readings of rendered pages.</summary>
internal static partial class Html
{
    public static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

    /// <summary>The declarations a list page links to.</summary>
    public static IReadOnlyList<string> DeclarationLinks(string html) =>
        DeclarationLink().Matches(html).Select(m => m.Groups[1].Value).ToList();

    /// <summary>The notice in the navigation bar, as its words and count read: "待审 1".</summary>
    public static string Notice(string html)
    {
        var notice = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("#notice");
        return notice is null ? string.Empty : string.Join(' ', notice.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    [GeneratedRegex("""<td><a href="/declarations/(\d+)">""")]
    private static partial Regex DeclarationLink();
}
