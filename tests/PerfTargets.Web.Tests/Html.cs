using System.Text.RegularExpressions;

namespace PerfTargets.Web.Tests;

/// <summary>Small readings of rendered pages.</summary>
internal static partial class Html
{
    /// <summary>The declarations a list page links to.</summary>
    public static IReadOnlyList<string> DeclarationLinks(string html) =>
        DeclarationLink().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("""<td><a href="/declarations/(\d+)">""")]
    private static partial Regex DeclarationLink();
}
