using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace PerfTargets.Web.Viewing;

/// <summary>
/// A 一级 or 二级 indicator name as a table cell shows it. The cell does not break Chinese between
/// any two characters (word-break: keep-all, which would give 满意度指 / 标): the only place it may
/// wrap is before the standard closing word, so that 服务对象满意度指标 reads 服务对象 / 满意度指标.
/// </summary>
public static partial class IndicatorLevelName
{
    public static IHtmlContent Html(string name)
    {
        var closing = ClosingWord().Match(name);
        var html = new HtmlContentBuilder();
        if (!closing.Success || closing.Index == 0)
        {
            return html.Append(name);
        }

        return html.Append(name[..closing.Index]).AppendHtml("<wbr>").Append(name[closing.Index..]);
    }

    [GeneratedRegex("(满意度|影响|效益|效果|成本|产出)指标$")]
    private static partial Regex ClosingWord();
}
